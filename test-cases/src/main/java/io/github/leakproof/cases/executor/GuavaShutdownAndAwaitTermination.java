package io.github.leakproof.cases.executor;

import com.google.common.util.concurrent.MoreExecutors;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: close() shuts the pool down through Guava's MoreExecutors.shutdownAndAwaitTermination. */
public class GuavaShutdownAndAwaitTermination implements AutoCloseable {
  private final ExecutorService indexer = Executors.newFixedThreadPool(2);

  public void reindex(Runnable job) {
    indexer.execute(job);
  }

  @Override
  public void close() {
    MoreExecutors.shutdownAndAwaitTermination(indexer, Duration.ofSeconds(10));
  }
}
