package io.github.leakproof.cases.timer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Negative: a deadlock watch made once per application. Only the class can make one (private
 * constructor), and its static init() keeps the one it makes; the daemon timer the constructor starts
 * is meant to run as long as the application, like a timer in a static field.
 */
public final class DeadlockWatchStartedBySingleton {
  private static DeadlockWatchStartedBySingleton watch;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  private DeadlockWatchStartedBySingleton() {
    Timer timer = new Timer("deadlock-watch", true);
    timer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            check();
          }
        },
        10,
        10_000);
  }

  public static synchronized void init() {
    if (watch == null) {
      watch = new DeadlockWatchStartedBySingleton();
    }
  }

  private void check() {
    long[] deadlocked = threads.findDeadlockedThreads();
    if (deadlocked != null) {
      System.err.println(deadlocked.length + " threads deadlocked");
    }
  }
}
