package io.github.leakproof.cases.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: a one-shot delayed task runs once and is gone; there is nothing to cancel for good. */
public class OneShotScheduleOnInjectedScheduler implements AutoCloseable {
  private final ScheduledExecutorService scheduler;

  public OneShotScheduleOnInjectedScheduler(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  public void expireLater(Runnable expire, long seconds) {
    scheduler.schedule(expire, seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    System.out.println("closed");
  }
}
