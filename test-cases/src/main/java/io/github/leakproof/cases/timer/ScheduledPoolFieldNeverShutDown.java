package io.github.leakproof.cases.timer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/** Positive: a metrics reporter starts its own scheduler thread and has no way to stop it. */
public class ScheduledPoolFieldNeverShutDown {
  private final LongAdder requests = new LongAdder();

  // BUG: Diagnostic contains: TimerNotStopped
  private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();

  public void start() {
    reporter.scheduleAtFixedRate(() -> System.out.println("requests: " + requests.sumThenReset()), 1, 1, TimeUnit.MINUTES);
  }

  public void onRequest() {
    requests.increment();
  }
}
