package io.github.leakproof.cases.threadlocal;

/** Negative: a helper that scopes any ThreadLocal it is given, with the remove in a finally. */
public final class ScopedByParameterInFinally {
  private ScopedByParameterInFinally() {}

  public static <T> void runWith(ThreadLocal<T> local, T value, Runnable task) {
    local.set(value);
    try {
      task.run();
    } finally {
      local.remove();
    }
  }
}
