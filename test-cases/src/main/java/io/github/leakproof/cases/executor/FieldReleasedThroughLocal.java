package io.github.leakproof.cases.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Negative: stop() reads the pool field into a local and shuts that down. */
public class FieldReleasedThroughLocal {
  private volatile ExecutorService workers = Executors.newCachedThreadPool();

  public void submit(Runnable task) {
    workers.execute(task);
  }

  public List<Runnable> stop() throws InterruptedException {
    ExecutorService current = workers;
    List<Runnable> pending = current.shutdownNow();
    current.awaitTermination(5, TimeUnit.SECONDS);
    return pending;
  }
}
