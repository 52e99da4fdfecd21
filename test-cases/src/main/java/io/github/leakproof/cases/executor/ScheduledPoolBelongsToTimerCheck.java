package io.github.leakproof.cases.executor;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled pool never shut down is TimerNotStopped's to report, not this check's: the one finding
 * here is TimerNotStopped's, and none is ExecutorNotShutDown's.
 */
public class ScheduledPoolBelongsToTimerCheck {
  public static ScheduledFuture<?> remindLater(Runnable reminder, long minutes) {
    // BUG: Diagnostic contains: TimerNotStopped
    ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    return scheduler.schedule(reminder, minutes, TimeUnit.MINUTES);
  }
}
