package io.github.leakproof.cases.executor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive: the pool is wrapped to hide its configuration, and neither wrapper nor pool is ever shut down. */
public class UnconfigurableWrapperNeverShutDown {
  public static <T> List<Future<T>> runAll(List<Callable<T>> jobs) throws InterruptedException {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    ExecutorService pool = Executors.unconfigurableExecutorService(Executors.newFixedThreadPool(4));
    return pool.invokeAll(jobs);
  }
}
