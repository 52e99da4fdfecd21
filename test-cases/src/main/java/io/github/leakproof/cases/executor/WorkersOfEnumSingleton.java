package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Negative: an enum singleton's worker pool lives as long as the application, like a pool in a static
 * field (reported with Leakproof:Strict=static-executors).
 */
public enum WorkersOfEnumSingleton {
  INSTANCE;

  private final ExecutorService workers = Executors.newFixedThreadPool(4);

  public Future<?> submit(Runnable job) {
    return workers.submit(job);
  }
}
