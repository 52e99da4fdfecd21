package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: restart() shuts the old pool down before replacing it. */
public class RestartShutsDownOldPoolFirst implements AutoCloseable {
  private ExecutorService dispatcher = Executors.newSingleThreadExecutor();

  public void dispatch(Runnable event) {
    dispatcher.execute(event);
  }

  public void restart() {
    dispatcher.shutdownNow();
    dispatcher = Executors.newSingleThreadExecutor();
  }

  @Override
  public void close() {
    dispatcher.shutdown();
  }
}
