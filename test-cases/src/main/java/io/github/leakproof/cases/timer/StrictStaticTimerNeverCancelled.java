// OPTIONS: Leakproof:Strict=static-timers
package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Positive in strict mode only: a static timer never cancelled outlives a redeployed application. */
public final class StrictStaticTimerNeverCancelled {
  // BUG: Diagnostic contains: TimerNotStopped
  private static final Timer CLEANUP = new Timer("session-cleanup", true);

  private StrictStaticTimerNeverCancelled() {}

  public static void every(long millis, Runnable cleanup) {
    CLEANUP.schedule(
        new TimerTask() {
          @Override
          public void run() {
            cleanup.run();
          }
        },
        millis,
        millis);
  }
}
