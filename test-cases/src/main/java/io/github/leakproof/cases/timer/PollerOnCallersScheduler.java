package io.github.leakproof.cases.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Positive: a config poller is started on the caller's scheduler; stop() only flips a flag. */
public class PollerOnCallersScheduler {
  private final Supplier<String> source;
  private volatile String current;
  private volatile boolean stopped;

  public PollerOnCallersScheduler(Supplier<String> source) {
    this.source = source;
  }

  public void start(ScheduledExecutorService scheduler, long seconds) {
    // BUG: Diagnostic contains: TimerNotStopped
    scheduler.scheduleWithFixedDelay(this::poll, 0, seconds, TimeUnit.SECONDS);
  }

  private void poll() {
    if (!stopped) {
      current = source.get();
    }
  }

  public String current() {
    return current;
  }

  public void stop() {
    stopped = true;
  }
}
