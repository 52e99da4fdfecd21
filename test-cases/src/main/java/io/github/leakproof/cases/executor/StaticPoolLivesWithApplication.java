package io.github.leakproof.cases.executor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Negative by default: a static pool meant to live as long as the application (see StrictStaticPoolNeverShutDown). */
public final class StaticPoolLivesWithApplication {
  private static final ExecutorService IO_POOL = Executors.newFixedThreadPool(8);

  private StaticPoolLivesWithApplication() {}

  public static <T> CompletableFuture<T> onIoPool(Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    IO_POOL.execute(() -> result.complete(work.get()));
    return result;
  }
}
