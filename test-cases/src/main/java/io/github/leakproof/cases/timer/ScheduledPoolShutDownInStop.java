package io.github.leakproof.cases.timer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Negative: the service makes its own scheduler and shuts it down in stop(); the periodic task's
 * dropped future dies with it.
 */
public class ScheduledPoolShutDownInStop {
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
  private volatile long ticks;

  public void start() {
    scheduler.scheduleWithFixedDelay(() -> ticks++, 0, 100, TimeUnit.MILLISECONDS);
  }

  public long ticks() {
    return ticks;
  }

  public void stop() throws InterruptedException {
    scheduler.shutdownNow();
    scheduler.awaitTermination(1, TimeUnit.SECONDS);
  }
}
