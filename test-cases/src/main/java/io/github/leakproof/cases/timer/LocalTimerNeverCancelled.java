package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Positive: every call starts a timer thread for a one-shot timeout and never cancels the timer. */
public class LocalTimerNeverCancelled {
  public void warnIfSlow(Thread worker, long millis) {
    // BUG: Diagnostic contains: TimerNotStopped
    Timer watchdog = new Timer("slow-request-watchdog");
    watchdog.schedule(
        new TimerTask() {
          @Override
          public void run() {
            System.err.println(worker.getName() + " is still busy after " + millis + " ms");
          }
        },
        millis);
  }
}
