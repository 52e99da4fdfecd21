package io.github.leakproof.cases.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Negative: the periodic task runs on a shared scheduler, but its future is kept and cancelled in close(). */
public class FutureKeptAndCancelled implements AutoCloseable {
  private final ScheduledExecutorService scheduler;
  private ScheduledFuture<?> refresh;
  private volatile String token = "";

  public FutureKeptAndCancelled(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  public void start() {
    refresh = scheduler.scheduleAtFixedRate(() -> token = Long.toHexString(System.nanoTime()), 0, 10, TimeUnit.MINUTES);
  }

  public String token() {
    return token;
  }

  @Override
  public void close() {
    if (refresh != null) {
      refresh.cancel(false);
    }
  }
}
