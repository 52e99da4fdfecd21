package io.github.leakproof.cases.threadlocal;

/** Positive: a package-private field, but of a private nested class, so every use is in this file. */
public class FieldOfPrivateNestedClass {
  private static final class Session {
    // BUG: Diagnostic contains: ThreadLocalNotRemoved
    final ThreadLocal<Object> currentDocument = new ThreadLocal<>();

    void open(Object document) {
      currentDocument.set(document);
    }

    Object current() {
      return currentDocument.get();
    }
  }

  private final Session session = new Session();

  public Object edit(Object document) {
    session.open(document);
    return session.current();
  }
}
