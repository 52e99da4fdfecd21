package io.github.leakproof.cases.threadlocal;

/** Positive: a request-context holder that sets the current user and never clears it. */
public final class StaticFieldSetNeverRemoved {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<String> CURRENT_USER = new ThreadLocal<>();

  private StaticFieldSetNeverRemoved() {}

  public static void login(String user) {
    CURRENT_USER.set(user);
  }

  public static String currentUser() {
    return CURRENT_USER.get();
  }
}
