package io.github.leakproof.cases.innerclass;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Negative: the periodic task's future is kept and cancelled when the poller closes. */
public class PeriodicTaskCancelledOnClose implements AutoCloseable {
  private static ScheduledExecutorService shared;

  private ScheduledFuture<?> polling;
  private long polls;

  public static void useScheduler(ScheduledExecutorService scheduler) {
    shared = scheduler;
  }

  public void start() {
    polling = shared.scheduleWithFixedDelay(() -> poll(), 1, 1, TimeUnit.SECONDS);
  }

  private void poll() {
    polls++;
  }

  @Override
  public void close() {
    polling.cancel(false);
  }
}
