package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.TimerTask;

// OPTIONS: Leakproof:Strict=static-timers
/**
 * Positive in strict mode: the singleton's timer runs as long as the application; on an application
 * server it outlives a redeployed web application, as a timer in a static field would.
 */
public final class StrictDeadlockWatchStartedBySingleton {
  private static final StrictDeadlockWatchStartedBySingleton INSTANCE = new StrictDeadlockWatchStartedBySingleton();

  private StrictDeadlockWatchStartedBySingleton() {
    // BUG: Diagnostic contains: TimerNotStopped
    Timer timer = new Timer("deadlock-watch", true);
    timer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            System.err.println("checking");
          }
        },
        10,
        10_000);
  }

  public static StrictDeadlockWatchStartedBySingleton instance() {
    return INSTANCE;
  }
}
