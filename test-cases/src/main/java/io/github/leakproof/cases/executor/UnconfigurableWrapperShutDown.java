package io.github.leakproof.cases.executor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Negative: the wrapper takes over the pool, and shutting the wrapper down shuts the pool down. */
public class UnconfigurableWrapperShutDown {
  public static <T> List<Future<T>> runAll(List<Callable<T>> jobs) throws InterruptedException {
    ExecutorService pool = Executors.unconfigurableExecutorService(Executors.newFixedThreadPool(4));
    try {
      return pool.invokeAll(jobs);
    } finally {
      pool.shutdown();
    }
  }
}
