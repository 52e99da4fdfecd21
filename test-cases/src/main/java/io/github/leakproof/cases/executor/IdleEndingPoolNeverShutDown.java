package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Negative (OkHttp's push executor, Tomcat JDBC's query canceller): a pool with no core threads and one
 * worker at most, "like a single-thread executor that starts its thread lazily". Its worker ends a
 * keep-alive after its last task, so an idle pool keeps no thread, and it is collected with its owner:
 * never shutting it down leaks nothing that lasts. Reported with Leakproof:Strict=idle-ending-pools
 * (StrictIdleEndingPool); an unbounded maximum is reported (UnboundedIdleEndingPoolNeverShutDown).
 */
public class IdleEndingPoolNeverShutDown implements AutoCloseable {
  private final ExecutorService pushExecutor =
      new ThreadPoolExecutor(0, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), IdleEndingPoolNeverShutDown::daemon);

  public void onPush(int stream, Runnable callback) {
    pushExecutor.execute(callback);
  }

  public void cancelLater(Runnable cancel) {
    ExecutorService canceller = new ThreadPoolExecutor(0, 1, 1000, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
    canceller.execute(cancel);
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "push");
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    // the connection's sockets are closed here; the push executor's worker ends by itself
  }
}
