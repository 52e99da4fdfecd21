package io.github.leakproof.cases.timer;

import io.github.leakproof.annotations.SuppressLeak;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Negative: the periodic task deliberately outlives the component (it reports process-wide uptime),
 * and the suppression says so.
 */
public class SuppressedWithSuppressLeak implements AutoCloseable {
  private final ScheduledExecutorService scheduler;

  public SuppressedWithSuppressLeak(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  @SuppressLeak(value = "TimerNotStopped", reason = "uptime is reported for the life of the process")
  public void start(long startedAt) {
    scheduler.scheduleAtFixedRate(
        () -> System.out.println("up " + (System.currentTimeMillis() - startedAt) + " ms"), 1, 1, TimeUnit.MINUTES);
  }

  @Override
  public void close() {
    System.out.println("component closed");
  }
}
