package io.github.leakproof.cases.executor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Positive: a new pool per call, handed to supplyAsync (which only uses it) and never shut down. */
public class PoolPassedToSupplyAsync {
  public static <T> CompletableFuture<T> async(Supplier<T> work) {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    return CompletableFuture.supplyAsync(work, Executors.newFixedThreadPool(2));
  }
}
