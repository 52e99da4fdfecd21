package io.github.leakproof.cases.innerclass;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: a one-shot task on a shared scheduler runs once and lets this go. */
public class OneShotOnSharedScheduler {
  private static ScheduledExecutorService shared;

  private boolean expired;

  public static void useScheduler(ScheduledExecutorService scheduler) {
    shared = scheduler;
  }

  public void startTimeout() {
    shared.schedule(() -> expire(), 30, TimeUnit.SECONDS);
  }

  private void expire() {
    expired = true;
  }

  public boolean isExpired() {
    return expired;
  }
}
