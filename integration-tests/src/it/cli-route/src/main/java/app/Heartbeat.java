package app;

import java.util.Timer;
import java.util.TimerTask;

/** Leaks: each start() begins a timer thread that nothing ever cancels. */
public class Heartbeat {
  private final Runnable beat;

  public Heartbeat(Runnable beat) {
    this.beat = beat;
  }

  public void start(long periodMillis) {
    Timer timer = new Timer("heartbeat");
    timer.scheduleAtFixedRate(task(beat), 0, periodMillis);
  }

  private static TimerTask task(Runnable work) {
    return new TimerTask() {
      @Override
      public void run() {
        work.run();
      }
    };
  }
}
