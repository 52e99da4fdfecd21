package io.github.leakproof.cases.timer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Negative (found in Java-WebSocket's connection-lost timer): changing the interval restarts the
 * checker; the restart first calls a private helper that shuts the old scheduler down, then makes the
 * new one, so no old scheduler keeps running.
 */
public class SchedulerRestartedThroughCancelHelper {
  private ScheduledExecutorService checker;
  private long intervalMillis = 1_000;

  public synchronized void setInterval(long intervalMillis) {
    this.intervalMillis = intervalMillis;
    restart();
  }

  private void restart() {
    cancelChecker();
    checker = Executors.newSingleThreadScheduledExecutor();
    checker.scheduleAtFixedRate(this::check, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  private void cancelChecker() {
    if (checker != null) {
      checker.shutdownNow();
      checker = null;
    }
  }

  public synchronized void stop() {
    cancelChecker();
  }

  private void check() {
    System.out.println("checking connections");
  }
}
