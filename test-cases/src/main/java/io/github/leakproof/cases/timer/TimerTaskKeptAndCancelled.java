package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Negative: the blinking cursor's task runs on a shared timer, and dispose() cancels the task it kept. */
public class TimerTaskKeptAndCancelled {
  private final Timer sharedTimer;
  private TimerTask blink;
  private volatile boolean visible;

  public TimerTaskKeptAndCancelled(Timer sharedTimer) {
    this.sharedTimer = sharedTimer;
  }

  public void show() {
    blink =
        new TimerTask() {
          @Override
          public void run() {
            visible = !visible;
          }
        };
    sharedTimer.schedule(blink, 0, 500);
  }

  public void dispose() {
    if (blink != null) {
      blink.cancel();
    }
  }
}
