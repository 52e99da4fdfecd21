package io.github.leakproof.cases.executor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive: a pool is created per call and never shut down, so its four threads outlive the call. */
public class LocalPoolNeverShutDown {
  public static <T> List<T> runAll(List<Callable<T>> jobs) throws InterruptedException, ExecutionException {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> job : jobs) {
      futures.add(pool.submit(job));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }
}
