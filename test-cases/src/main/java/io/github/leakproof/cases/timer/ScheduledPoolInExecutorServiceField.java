package io.github.leakproof.cases.timer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Positive: the field is a plain ExecutorService, but what it holds is a scheduled pool, so its
 * thread is this check's; nothing shuts it down.
 */
public class ScheduledPoolInExecutorServiceField {
  // BUG: Diagnostic contains: TimerNotStopped
  private final ExecutorService indexer = Executors.newSingleThreadScheduledExecutor();

  public Future<Integer> index(String document) {
    return indexer.submit(() -> document.split("\\s+").length);
  }
}
