package io.github.leakproof.cases.threadlocal;

/**
 * Positive: declared as {@code ThreadLocal<Object>}, but what the program puts in it is a Session, an
 * application class. The object is judged by what it is, its class, not by the declared type.
 */
public final class LazyCacheJudgedByTheValuesClass {
  /** An application class. */
  static final class Session {
    int uses;
  }

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<Object> SESSION = new ThreadLocal<>();

  private LazyCacheJudgedByTheValuesClass() {}

  static int touch() {
    Object session = SESSION.get();
    if (session == null) {
      session = new Session();
      SESSION.set(session);
    }
    return ++((Session) session).uses;
  }
}
