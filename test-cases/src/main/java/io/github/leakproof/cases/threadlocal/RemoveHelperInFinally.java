package io.github.leakproof.cases.threadlocal;

/** Negative: a local clear() helper called in the finally. */
public class RemoveHelperInFinally {
  private static final ThreadLocal<Object> TRANSACTION = new ThreadLocal<>();

  public void inTransaction(Object tx, Runnable work) {
    TRANSACTION.set(tx);
    try {
      work.run();
    } finally {
      clear();
    }
  }

  private static void clear() {
    TRANSACTION.remove();
  }
}
