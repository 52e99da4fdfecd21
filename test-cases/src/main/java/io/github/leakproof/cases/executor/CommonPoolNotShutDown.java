package io.github.leakproof.cases.executor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/** Negative: the common pool belongs to the JVM; it must not (and cannot) be shut down. */
public class CommonPoolNotShutDown {
  public static <T> CompletableFuture<T> compute(Supplier<T> work) {
    ForkJoinPool pool = ForkJoinPool.commonPool();
    return CompletableFuture.supplyAsync(work, pool);
  }
}
