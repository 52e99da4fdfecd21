package io.github.leakproof.cases.threadlocal;

/** Positive: a helper that scopes any ThreadLocal it is given, but skips the remove on exceptions. */
public final class ParameterRemovedWithoutFinally {
  private ParameterRemovedWithoutFinally() {}

  public static <T> void runWith(ThreadLocal<T> local, T value, Runnable task) {
    // BUG: Diagnostic contains: ThreadLocalNotRemoved
    local.set(value);
    task.run();
    local.remove();
  }
}
