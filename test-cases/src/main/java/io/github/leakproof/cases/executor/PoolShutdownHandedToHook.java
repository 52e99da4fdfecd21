package io.github.leakproof.cases.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Negative: jobs go to the pool through {@code pool::submit}, and {@code pool::shutdown} is handed to
 * the JVM's shutdown hook, which stops it at exit: a reference to a release hands the pool on.
 */
public class PoolShutdownHandedToHook {
  public static ExecutorService startWorkers(List<Runnable> jobs) {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    jobs.forEach(pool::submit);
    Runtime.getRuntime().addShutdownHook(new Thread(pool::shutdown));
    return pool;
  }
}
