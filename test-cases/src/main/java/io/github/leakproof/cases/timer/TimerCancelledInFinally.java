package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.Callable;

/** Negative: a watchdog timer around a blocking call, cancelled in finally whatever happens. */
public class TimerCancelledInFinally {
  public static <T> T withWatchdog(Callable<T> work, Thread worker, long millis) throws Exception {
    Timer watchdog = new Timer("watchdog", true);
    try {
      watchdog.schedule(
          new TimerTask() {
            @Override
            public void run() {
              worker.interrupt();
            }
          },
          millis);
      return work.call();
    } finally {
      watchdog.cancel();
    }
  }
}
