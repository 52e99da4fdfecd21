package io.github.leakproof.cases.timer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Positive: a batching writer schedules its periodic flush on the application's shared scheduler and
 * drops the future. close() flushes but cannot cancel the task, which keeps running — and keeps this
 * closed writer and its buffer reachable — for as long as the shared scheduler lives.
 */
public class PeriodicFlushOnInjectedScheduler implements AutoCloseable {
  private final ScheduledExecutorService scheduler;
  private final List<String> buffer = new ArrayList<>();

  public PeriodicFlushOnInjectedScheduler(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  public void start() {
    // BUG: Diagnostic contains: TimerNotStopped
    scheduler.scheduleAtFixedRate(this::flush, 1, 1, TimeUnit.SECONDS);
  }

  public synchronized void write(String line) {
    buffer.add(line);
  }

  private synchronized void flush() {
    buffer.forEach(System.out::println);
    buffer.clear();
  }

  @Override
  public void close() {
    flush();
  }
}
