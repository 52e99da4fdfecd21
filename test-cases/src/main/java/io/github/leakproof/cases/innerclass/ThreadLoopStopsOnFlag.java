package io.github.leakproof.cases.innerclass;

/** Negative: the thread's loop runs while a volatile flag is set; stop() ends it and lets the poller go. */
public class ThreadLoopStopsOnFlag {
  private volatile boolean running = true;
  private long polls;

  public void start() {
    Thread poller = new Thread(() -> {
      while (running) {
        polls++;
        Thread.onSpinWait();
      }
    });
    poller.setDaemon(true);
    poller.start();
  }

  public void stop() {
    running = false;
  }
}
