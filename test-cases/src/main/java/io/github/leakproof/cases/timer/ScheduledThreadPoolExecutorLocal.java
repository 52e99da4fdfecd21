package io.github.leakproof.cases.timer;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Positive: a retry helper builds a scheduled pool per call and hands back only the future. */
public class ScheduledThreadPoolExecutorLocal {
  public ScheduledFuture<?> retryLater(Runnable attempt, long delaySeconds) {
    // BUG: Diagnostic contains: TimerNotStopped
    ScheduledThreadPoolExecutor retries = new ScheduledThreadPoolExecutor(1);
    retries.setRemoveOnCancelPolicy(true);
    return retries.schedule(attempt, delaySeconds, TimeUnit.SECONDS);
  }
}
