package io.github.leakproof.cases.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Negative: a static helper starts a process-wide periodic task; no instance's lifecycle ends it, so
 * there is nothing for close() to cancel.
 */
public final class PeriodicTaskFromStaticMethod implements AutoCloseable {
  private PeriodicTaskFromStaticMethod() {}

  public static void logMemoryEvery(ScheduledExecutorService scheduler, long seconds) {
    Runtime runtime = Runtime.getRuntime();
    scheduler.scheduleWithFixedDelay(
        () -> System.out.println("free: " + runtime.freeMemory()), seconds, seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {}
}
