package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Positive: no core threads, but no bound on the workers either (what {@code
 * Executors.newCachedThreadPool()} builds): every burst of tasks on a pool never shut down starts a
 * thread per concurrent task and keeps each for a minute after it. Only a bounded pool with no core
 * threads ends its threads when idle without cost (IdleEndingPoolNeverShutDown).
 */
public class UnboundedIdleEndingPoolNeverShutDown {
  // BUG: Diagnostic contains: ExecutorNotShutDown
  private final ExecutorService workers =
      new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>());

  public void submitAll(Iterable<Runnable> tasks) {
    for (Runnable task : tasks) {
      workers.execute(task);
    }
  }
}
