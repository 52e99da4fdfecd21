package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Negative: a service makes its pool in start() and shuts it down in stop(); its container calls them
 * in pairs, so start() replaces no running pool.
 */
public class PoolMadeInStartShutDownInStop {
  private ExecutorService workers;

  public void start() {
    workers = Executors.newFixedThreadPool(2);
  }

  public void submit(Runnable job) {
    workers.execute(job);
  }

  public void stop() {
    workers.shutdown();
  }
}
