package io.github.leakproof.cases.timer;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Positive: once connected (asynchronously), a client starts pinging on the shared scheduler from a
 * callback and drops the future; disconnect() cannot stop the pings.
 */
public class PeriodicTaskStartedInLambda {
  private final ScheduledExecutorService scheduler;
  private final Executor io;
  private int pings;

  public PeriodicTaskStartedInLambda(ScheduledExecutorService scheduler, Executor io) {
    this.scheduler = scheduler;
    this.io = io;
  }

  public void connect() {
    io.execute(
        () ->
            // BUG: Diagnostic contains: TimerNotStopped
            scheduler.scheduleAtFixedRate(() -> pings++, 0, 15, TimeUnit.SECONDS));
  }

  public int pings() {
    return pings;
  }

  public void stop() {
    pings = 0;
  }
}
