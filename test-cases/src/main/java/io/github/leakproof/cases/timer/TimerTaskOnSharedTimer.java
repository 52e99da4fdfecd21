package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Positive: a view refreshes itself from a shared timer with a task made in the call; dispose()
 * cannot cancel a task nobody kept, so the disposed view stays reachable from the timer's queue.
 */
public class TimerTaskOnSharedTimer {
  private final Timer sharedTimer;
  private int frames;

  public TimerTaskOnSharedTimer(Timer sharedTimer) {
    this.sharedTimer = sharedTimer;
  }

  public void show() {
    // BUG: Diagnostic contains: TimerNotStopped
    sharedTimer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            frames++;
          }
        },
        0,
        40);
  }

  public void dispose() {
    frames = 0;
  }
}
