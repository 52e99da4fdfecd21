package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Positive: the constructor's pool is handed to a private helper that keeps it in a field, but
 * nothing in the class ever shuts that field down: following the helper must not hide the leak.
 */
public class PoolKeptByPrivateHelperNeverShutDown {
  // BUG: Diagnostic contains: ExecutorNotShutDown
  private ExecutorService workers;

  public PoolKeptByPrivateHelperNeverShutDown(int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    keep(pool);
  }

  private void keep(ExecutorService pool) {
    this.workers = pool;
  }

  public void submit(Runnable job) {
    workers.execute(job);
  }
}
