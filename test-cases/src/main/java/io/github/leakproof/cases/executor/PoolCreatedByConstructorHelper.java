package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Negative: a private helper that only the constructor calls gives the field its first pool; close() shuts it down. */
public class PoolCreatedByConstructorHelper implements AutoCloseable {
  private ExecutorService connections;

  public PoolCreatedByConstructorHelper(int threads) {
    initializeConnections(threads);
  }

  private void initializeConnections(int threads) {
    connections = new ThreadPoolExecutor(1, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
  }

  public void connect(Runnable handshake) {
    connections.execute(handshake);
  }

  @Override
  public void close() {
    connections.shutdownNow();
  }
}
