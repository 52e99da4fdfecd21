package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;
import org.checkerframework.checker.mustcall.qual.Owning;

/**
 * Positive: the session takes the timer over (@Owning) to expire itself, but nothing in the class
 * ever cancels it, so the timer's thread outlives every session.
 */
public class OwningTimerParameterNeverCancelled {
  // BUG: Diagnostic contains: TimerNotStopped
  private final Timer expiry;

  public OwningTimerParameterNeverCancelled(@Owning Timer expiry) {
    this.expiry = expiry;
  }

  public void expireAfter(long millis, Runnable onExpiry) {
    expiry.schedule(
        new TimerTask() {
          @Override
          public void run() {
            onExpiry.run();
          }
        },
        millis);
  }
}
