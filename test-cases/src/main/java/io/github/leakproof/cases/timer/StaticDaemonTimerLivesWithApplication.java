package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Negative by default: one daemon timer for the whole application, in a static field. Reported only
 * with Leakproof:Strict=static-timers (see StrictStaticTimerNeverCancelled).
 */
public final class StaticDaemonTimerLivesWithApplication {
  private static final Timer TIMER = new Timer("app-timer", true);

  private StaticDaemonTimerLivesWithApplication() {}

  public static TimerTask later(Runnable action, long millis) {
    TimerTask task =
        new TimerTask() {
          @Override
          public void run() {
            action.run();
          }
        };
    TIMER.schedule(task, millis);
    return task;
  }
}
