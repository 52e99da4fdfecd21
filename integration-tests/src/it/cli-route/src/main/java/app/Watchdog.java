package app;

import java.util.Timer;
import java.util.TimerTask;

/** Leaks: a timer thread per call, never cancelled. */
public class Watchdog {
  public void warnAfter(String task, long millis) {
    Timer timer = new Timer("watchdog");
    timer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            System.err.println(task + " is slow");
          }
        },
        millis);
  }
}
