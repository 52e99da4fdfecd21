package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Negative: the timer is cancelled through a small helper that cancels what it is given. */
public class TimerCancelledByHelper {
  private Timer ticker;

  public void start(Runnable tick) {
    if (ticker == null) {
      ticker = new Timer("ticker", true);
      ticker.schedule(
          new TimerTask() {
            @Override
            public void run() {
              tick.run();
            }
          },
          0,
          1000);
    }
  }

  public void stop() {
    cancelQuietly(ticker);
    ticker = null;
  }

  private static void cancelQuietly(Timer timer) {
    if (timer != null) {
      timer.cancel();
    }
  }
}
