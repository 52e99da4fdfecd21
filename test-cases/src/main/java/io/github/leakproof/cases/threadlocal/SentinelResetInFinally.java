package io.github.leakproof.cases.threadlocal;

/** Negative: the value is reset to a sentinel constant in a finally. */
public class SentinelResetInFinally {
  private static final Object UNSET = new Object();
  private static final ThreadLocal<Object> LOADER = ThreadLocal.withInitial(() -> UNSET);

  public void withLoader(ClassLoader loader, Runnable work) {
    LOADER.set(loader);
    try {
      work.run();
    } finally {
      LOADER.set(UNSET);
    }
  }
}
