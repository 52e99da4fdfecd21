package io.github.leakproof.cases.executor;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Negative: every convenience constructor makes a pool and hands it to one private init helper,
 * which keeps it in a field (declared as a plain Executor); destroy() shuts that field down when
 * the dispatcher made the pool itself. Passing the pool to a helper that stores it hands it on.
 */
public class PoolKeptByPrivateInitHelper {
  private Executor executor;
  private boolean ownsExecutor;
  private String name;

  public PoolKeptByPrivateInitHelper() {
    Executor pool = new ThreadPoolExecutor(0, 16, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    init(pool, true, "default");
  }

  public PoolKeptByPrivateInitHelper(int threads, String name) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    init(pool, true, name);
  }

  public PoolKeptByPrivateInitHelper(Executor shared) {
    init(shared, false, "shared");
  }

  private void init(Executor executor, boolean ownsExecutor, String name) {
    if (executor == null) {
      throw new IllegalArgumentException("executor");
    }
    this.name = name;
    this.executor = executor;
    this.ownsExecutor = ownsExecutor;
  }

  public void dispatch(Runnable event) {
    executor.execute(event);
  }

  public String name() {
    return name;
  }

  public void destroy() {
    if (ownsExecutor) {
      ((ExecutorService) executor).shutdown();
    }
  }
}
