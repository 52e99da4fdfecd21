package io.github.leakproof.cases.threadlocal;

/**
 * Negative: a swap API hands back the value it replaced, and the caller puts it back through
 * endScope(previous) in its own finally.
 */
public final class SwapReturnsPreviousForCaller {
  private static final ThreadLocal<Object> CURRENT = new ThreadLocal<>();

  /** The same, handing the previous value back through a cast. */
  private static final ThreadLocal<Object> LEGACY = new ThreadLocal<>();

  static String startLegacyScope(String settings) {
    Object previous = LEGACY.get();
    LEGACY.set(settings);
    return (String) previous;
  }

  static void endLegacyScope(String previous) {
    LEGACY.set(previous);
  }

  private SwapReturnsPreviousForCaller() {}

  static Object startScope(Object settings) {
    Object previous = CURRENT.get();
    CURRENT.set(settings);
    return previous;
  }

  static void endScope(Object previous) {
    CURRENT.set(previous);
  }

  static void withSettings(Object settings, Runnable work) {
    Object previous = startScope(settings);
    try {
      work.run();
    } finally {
      endScope(previous);
    }
  }
}
