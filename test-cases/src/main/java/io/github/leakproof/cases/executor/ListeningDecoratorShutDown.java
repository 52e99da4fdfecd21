package io.github.leakproof.cases.executor;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.ListeningExecutorService;
import com.google.common.util.concurrent.MoreExecutors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;

/** Negative: Guava's listeningDecorator takes over the pool, and the decorated executor is shut down in finally. */
public class ListeningDecoratorShutDown {
  public static <T> List<T> runAll(List<Callable<T>> jobs) throws InterruptedException, ExecutionException {
    ListeningExecutorService pool = MoreExecutors.listeningDecorator(Executors.newFixedThreadPool(4));
    try {
      List<ListenableFuture<T>> futures = new ArrayList<>();
      for (Callable<T> job : jobs) {
        futures.add(pool.submit(job));
      }
      return Futures.allAsList(futures).get();
    } finally {
      pool.shutdown();
    }
  }
}
