package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Positive: results collected into a static list from asynchronous callbacks; never drained. */
public final class GrowthInsideLambda {
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final List<String> RESULTS = new ArrayList<>();

  private GrowthInsideLambda() {}

  public static CompletableFuture<Void> fetch(CompletableFuture<String> response) {
    return response.thenAccept(body -> {
      synchronized (RESULTS) {
        RESULTS.add(body);
      }
    });
  }
}
