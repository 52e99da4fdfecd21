package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Negative: a lifecycle component (the shape of Jetty's TimerScheduler) makes its timer in doStart()
 * and cancels it in doStop(); its framework never starts it twice without a stop in between, so
 * doStart() replaces no running timer.
 */
public class TimerMadeInDoStartCancelledInDoStop {
  private final String name;
  private Timer timer;

  public TimerMadeInDoStartCancelledInDoStop(String name) {
    this.name = name;
  }

  protected void doStart() {
    timer = name == null ? new Timer() : new Timer(name, true);
  }

  protected void doStop() {
    timer.cancel();
    timer = null;
  }

  public TimerTask schedule(Runnable action, long millis) {
    TimerTask task =
        new TimerTask() {
          @Override
          public void run() {
            action.run();
          }
        };
    timer.schedule(task, millis);
    return task;
  }
}
