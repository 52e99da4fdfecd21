package io.github.leakproof.cases.threadlocal;

/** Positive: the clear() helper is called after the work, not in a finally. */
public class ClearHelperWithoutFinally {
  private static final ThreadLocal<Object> TRANSACTION = new ThreadLocal<>();

  public void inTransaction(Object tx, Runnable work) {
    // BUG: Diagnostic contains: ThreadLocalNotRemoved
    TRANSACTION.set(tx);
    work.run();
    clear();
  }

  private static void clear() {
    TRANSACTION.remove();
  }
}
