package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Negative: close() passes the pool to the class's own shutdownQuietly helper. */
public class ReleasedByLocalHelper implements AutoCloseable {
  private final ExecutorService uploads = Executors.newFixedThreadPool(3);

  public void upload(Runnable transfer) {
    uploads.execute(transfer);
  }

  @Override
  public void close() {
    shutdownQuietly(uploads);
  }

  private static void shutdownQuietly(ExecutorService pool) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
