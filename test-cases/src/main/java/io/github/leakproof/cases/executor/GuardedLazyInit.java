package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: the pool is created lazily under a null guard, and stop() shuts it down. */
public class GuardedLazyInit {
  private ExecutorService notifier;

  public synchronized void notifyLater(Runnable notification) {
    if (notifier == null) {
      notifier = Executors.newSingleThreadExecutor();
    }
    notifier.execute(notification);
  }

  public synchronized void stop() {
    if (notifier != null) {
      notifier.shutdown();
      notifier = null;
    }
  }
}
