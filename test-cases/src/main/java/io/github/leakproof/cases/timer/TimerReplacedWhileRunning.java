package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Positive: reschedule() makes a new timer without cancelling the old one, whose thread runs on. */
public class TimerReplacedWhileRunning {
  private Timer timer = new Timer("heartbeat", true);

  public void reschedule(Runnable beat, long periodMillis) {
    // BUG: Diagnostic contains: TimerNotStopped
    timer = new Timer("heartbeat", true);
    timer.scheduleAtFixedRate(
        new TimerTask() {
          @Override
          public void run() {
            beat.run();
          }
        },
        0,
        periodMillis);
  }

  public void stop() {
    timer.cancel();
  }
}
