package io.github.leakproof.cases.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Negative: an application-wide clock ticks on the injected scheduler; it has no lifecycle end, so it
 * is meant to live as long as the scheduler, and the dropped future is fine.
 */
public class InjectedSchedulerWithoutLifecycle {
  private final AtomicLong now = new AtomicLong(System.currentTimeMillis());

  public InjectedSchedulerWithoutLifecycle(ScheduledExecutorService scheduler) {
    scheduler.scheduleAtFixedRate(() -> now.set(System.currentTimeMillis()), 1, 1, TimeUnit.SECONDS);
  }

  public long millis() {
    return now.get();
  }
}
