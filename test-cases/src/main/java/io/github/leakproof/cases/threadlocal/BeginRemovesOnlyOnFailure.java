package io.github.leakproof.cases.threadlocal;

/** Negative: begin() binds the batch to the thread and unbinds it only if starting fails; end() unbinds. */
public class BeginRemovesOnlyOnFailure {
  private static final ThreadLocal<Object> BATCH = new ThreadLocal<>();

  public boolean begin(Runnable startTransaction, Object batch) {
    try {
      startTransaction.run();
      BATCH.set(batch);
      return true;
    } catch (RuntimeException e) {
      BATCH.remove();
      throw e;
    }
  }

  public void end() {
    BATCH.remove();
  }
}
