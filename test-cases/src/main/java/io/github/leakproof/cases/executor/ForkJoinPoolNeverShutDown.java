package io.github.leakproof.cases.executor;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToLongFunction;

/** Positive: a custom ForkJoinPool to bound a parallel stream's parallelism, never shut down afterwards. */
public class ForkJoinPoolNeverShutDown {
  public static <T> long parallelSum(List<T> items, ToLongFunction<T> weight)
      throws InterruptedException, ExecutionException {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    ForkJoinPool pool = new ForkJoinPool(4);
    return pool.submit(() -> items.parallelStream().mapToLong(weight).sum()).get();
  }
}
