package io.github.leakproof.cases.executor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: the pool is lent to CompletableFuture for each call, but nothing ever shuts it down. */
public class FieldPoolLentToCompletableFutures {
  // BUG: Diagnostic contains: ExecutorNotShutDown
  private final ExecutorService lookups = Executors.newFixedThreadPool(8);

  public CompletableFuture<String> lookUp(String key) {
    return CompletableFuture.supplyAsync(() -> key.toUpperCase(), lookups);
  }
}
