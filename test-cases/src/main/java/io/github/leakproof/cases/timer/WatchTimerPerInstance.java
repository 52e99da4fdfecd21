package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Positive: the same watch, but anyone can make one (public constructor): every instance starts a timer
 * thread that nothing ever cancels.
 */
public final class WatchTimerPerInstance {
  public WatchTimerPerInstance(String name) {
    // BUG: Diagnostic contains: TimerNotStopped
    Timer timer = new Timer(name, true);
    timer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            System.err.println(name + " checking");
          }
        },
        10,
        10_000);
  }
}
