package io.github.leakproof.cases.innerclass;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Positive: a monitor starts a thread whose lambda loops forever (no break, no return) and calls back
 * into the monitor: the running thread keeps the monitor alive as long as the JVM runs.
 */
public class EndlessThreadWithLambda {
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private long seen;

  public void start() {
    // BUG: Diagnostic contains: started
    Thread watcher = new Thread(() -> {
      while (true) {
        drain();
      }
    }, "watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  private void drain() {
    if (events.poll() != null) {
      seen++;
    }
  }
}
