// OPTIONS: Leakproof:Strict=static-executors
package io.github.leakproof.cases.executor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Positive in strict mode only: a static pool never shut down outlives a redeployed application. */
public final class StrictStaticPoolNeverShutDown {
  // BUG: Diagnostic contains: ExecutorNotShutDown
  private static final ExecutorService IO_POOL = Executors.newFixedThreadPool(8);

  private StrictStaticPoolNeverShutDown() {}

  public static <T> CompletableFuture<T> onIoPool(Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    IO_POOL.execute(() -> result.complete(work.get()));
    return result;
  }
}
