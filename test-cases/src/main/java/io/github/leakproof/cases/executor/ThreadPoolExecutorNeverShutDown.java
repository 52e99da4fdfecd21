package io.github.leakproof.cases.executor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Positive: a hand-configured ThreadPoolExecutor is built for one batch and never shut down. */
public class ThreadPoolExecutorNeverShutDown {
  public static <T> T firstResult(List<Callable<T>> candidates) throws InterruptedException, ExecutionException {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    return pool.invokeAny(candidates);
  }
}
