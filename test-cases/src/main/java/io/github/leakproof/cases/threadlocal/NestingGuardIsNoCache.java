package io.github.leakproof.cases.threadlocal;

/** Positive: reading the value first to refuse nesting does not make the holder a cache. */
public final class NestingGuardIsNoCache {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<Object> SCOPE = new ThreadLocal<>();

  private NestingGuardIsNoCache() {}

  static void enter(Object scope) {
    Object current = SCOPE.get();
    if (current != null) {
      throw new IllegalStateException("already in " + current);
    }
    SCOPE.set(scope);
  }

  static Object current() {
    return SCOPE.get();
  }
}
