package io.github.leakproof.cases.executor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.checkerframework.checker.mustcall.qual.MustCallAlias;

/**
 * Negative: a metrics library instruments the pool and says with @MustCallAlias that shutting down
 * the instrumented executor shuts down the pool; the instrumented one is shut down in finally.
 */
public class MustCallAliasPoolDecorator {
  /** Counts and times the tasks of a pool; its shutdown() shuts the pool down. */
  interface PoolInstrumentation {
    @MustCallAlias ExecutorService instrument(@MustCallAlias ExecutorService pool, String name);
  }

  private final PoolInstrumentation metrics;

  public MustCallAliasPoolDecorator(PoolInstrumentation metrics) {
    this.metrics = metrics;
  }

  public <T> T first(List<Callable<T>> jobs) throws InterruptedException, ExecutionException {
    ExecutorService pool = metrics.instrument(Executors.newFixedThreadPool(4), "batch");
    try {
      List<Future<T>> futures = pool.invokeAll(jobs);
      return futures.get(0).get();
    } finally {
      pool.shutdown();
    }
  }
}
