package io.github.leakproof.cases.timer;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: a scheduler in try-with-resources (JDK 19+) is closed, which shuts it down and waits. */
public class TryWithResourcesScheduler {
  public static void sendStaggered(List<Runnable> sends, long gapMillis) {
    try (ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor()) {
      for (int i = 0; i < sends.size(); i++) {
        scheduler.schedule(sends.get(i), i * gapMillis, TimeUnit.MILLISECONDS);
      }
    }
  }
}
