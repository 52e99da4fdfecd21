package io.github.leakproof.cases.innerclass;

import java.util.Timer;
import java.util.TimerTask;

/** Positive: an anonymous TimerTask refreshing this cache runs every minute on a timer shared by the application. */
public class PeriodicTimerTaskOnSharedTimer {
  private static Timer background;

  private final StringBuilder cache = new StringBuilder();

  public static void useTimer(Timer timer) {
    background = timer;
  }

  public void keepFresh() {
    // BUG: Diagnostic contains: InnerClassLeaksOuter
    background.schedule(new TimerTask() {
      @Override
      public void run() {
        cache.setLength(0);
      }
    }, 0, 60_000);
  }
}
