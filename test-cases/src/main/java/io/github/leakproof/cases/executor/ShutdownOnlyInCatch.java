package io.github.leakproof.cases.executor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: the pool is shut down only when invokeAny fails; a successful call returns with it still running. */
public class ShutdownOnlyInCatch {
  public static <T> T fastest(List<Callable<T>> mirrors) throws InterruptedException {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    ExecutorService pool = Executors.newFixedThreadPool(mirrors.size());
    try {
      return pool.invokeAny(mirrors);
    } catch (ExecutionException e) {
      pool.shutdownNow();
      throw new IllegalStateException("every mirror failed", e);
    }
  }
}
