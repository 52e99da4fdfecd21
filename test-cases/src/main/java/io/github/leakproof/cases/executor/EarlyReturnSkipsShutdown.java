package io.github.leakproof.cases.executor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive: the pool is created before the empty-input check, whose early return skips the shutdown. */
public class EarlyReturnSkipsShutdown {
  public static <T> List<Future<T>> runAll(List<Callable<T>> jobs) throws InterruptedException {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    ExecutorService pool = Executors.newFixedThreadPool(4);
    if (jobs.isEmpty()) {
      return List.of();
    }
    List<Future<T>> futures = pool.invokeAll(jobs);
    pool.shutdown();
    return futures;
  }
}
