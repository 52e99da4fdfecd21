package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: restart() replaces the pool without shutting down the old one, whose threads then run forever. */
public class RestartWithoutShuttingDownOldPool implements AutoCloseable {
  private ExecutorService dispatcher = Executors.newSingleThreadExecutor();

  public void dispatch(Runnable event) {
    dispatcher.execute(event);
  }

  public void restart() {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    dispatcher = Executors.newSingleThreadExecutor();
  }

  @Override
  public void close() {
    dispatcher.shutdown();
  }
}
