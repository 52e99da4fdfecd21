package io.github.leakproof.cases.innerclass;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Positive: a dashboard polls itself every second on the application's shared scheduler and drops the
 * future: the scheduler keeps the task, and the task keeps the dashboard, for good. The class has no
 * close()/stop() (with one, TimerNotStopped would report the task it never cancels).
 */
public class PeriodicTaskOnSharedScheduler {
  private static ScheduledExecutorService shared;

  private final StringBuilder view = new StringBuilder();

  public static void useScheduler(ScheduledExecutorService scheduler) {
    shared = scheduler;
  }

  public void show() {
    // BUG: Diagnostic contains: periodically
    shared.scheduleAtFixedRate(() -> poll(), 1, 1, TimeUnit.SECONDS);
  }

  private void poll() {
    view.setLength(0);
    view.append(System.nanoTime());
  }
}
