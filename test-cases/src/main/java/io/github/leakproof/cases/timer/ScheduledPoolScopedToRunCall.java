package io.github.leakproof.cases.timer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Negative (a terminal multiplexer's main loop): {@code run()} makes the scheduler its helpers use
 * and shuts it down in its own {@code finally}. Each call's pool is stopped before the next call
 * gives the field a new one, so the assignment replaces nothing that still runs.
 */
public class ScheduledPoolScopedToRunCall {
  private ScheduledExecutorService executor;
  private volatile boolean dirty;
  private volatile boolean done;

  public void run(Runnable redraw) throws InterruptedException {
    executor = Executors.newSingleThreadScheduledExecutor();
    try {
      executor.scheduleWithFixedDelay(() -> dirty = true, 0, 100, TimeUnit.MILLISECONDS);
      while (!done) {
        if (dirty) {
          dirty = false;
          redraw.run();
        }
        Thread.sleep(10);
      }
    } finally {
      executor.shutdown();
    }
  }

  void refreshSoon() {
    executor.schedule(() -> dirty = true, 50, TimeUnit.MILLISECONDS);
  }

  public void quit() {
    done = true;
  }
}
