package io.github.leakproof.cases.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Negative: the scheduler is given to the component, which takes charge of it and shuts it down in
 * close(): the periodic task it dropped stops with it.
 */
public class InjectedSchedulerShutDownByOwner implements AutoCloseable {
  private final ScheduledExecutorService scheduler;
  private volatile int beats;

  public InjectedSchedulerShutDownByOwner(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  public void start() {
    scheduler.scheduleAtFixedRate(() -> beats++, 0, 1, TimeUnit.SECONDS);
  }

  public int beats() {
    return beats;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
