package io.github.leakproof.cases.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Positive: the batch's jobs go to a new pool through a method reference and the pool is never shut
 * down. {@code pool::execute} only uses the pool; it does not take over shutting it down.
 */
public class PoolUsedThroughMethodReference {
  public void runAll(List<Runnable> jobs) {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    ExecutorService pool = Executors.newFixedThreadPool(4);
    jobs.forEach(pool::execute);
  }
}
