package io.github.leakproof.cases.timer;

import java.util.Timer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** Negative: factories make timers and schedulers for their callers, who stop them. */
public final class SchedulerReturnedFromFactory {
  private SchedulerReturnedFromFactory() {}

  public static ScheduledExecutorService newScheduler(String name) {
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, name));
    return scheduler;
  }

  public static ScheduledThreadPoolExecutor newPool(int threads) {
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads);
    pool.setRemoveOnCancelPolicy(true);
    return pool;
  }

  public static Timer newDaemonTimer(String name) {
    return new Timer(name, true);
  }
}
