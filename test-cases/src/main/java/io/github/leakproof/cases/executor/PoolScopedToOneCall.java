package io.github.leakproof.cases.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Negative: a batch job keeps its worker pool in a field for the helpers of one {@code process()} call,
 * and that call shuts it down in its {@code finally}; the next call's new pool replaces a stopped one.
 */
public class PoolScopedToOneCall {
  private ExecutorService workers;

  public void process(List<Runnable> items) throws Exception {
    workers = Executors.newFixedThreadPool(4);
    try {
      for (Runnable item : items) {
        submit(item).get();
      }
    } finally {
      workers.shutdown();
    }
  }

  private Future<?> submit(Runnable item) {
    return workers.submit(item);
  }
}
