package io.github.leakproof.cases.timer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: the scheduler is handed to the poller that owns it and shuts it down when stopped. */
public class SchedulerPassedToOwnerConstructor {
  /** Owns the scheduler it is given. */
  public static final class Poller implements AutoCloseable {
    private final ScheduledExecutorService scheduler;

    Poller(ScheduledExecutorService scheduler, Runnable poll) {
      this.scheduler = scheduler;
      scheduler.scheduleWithFixedDelay(poll, 0, 30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      scheduler.shutdown();
    }
  }

  public static Poller startPolling(Runnable poll) {
    return new Poller(Executors.newSingleThreadScheduledExecutor(), poll);
  }
}
