package io.github.leakproof.cases.executor;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import java.util.concurrent.Executor;

/** Negative: Guava's directExecutor runs callbacks on the calling thread; it has no threads to shut down. */
public class DirectExecutorNotShutDown {
  public static void logWhenDone(ListenableFuture<?> future, String name) {
    Executor sameThread = MoreExecutors.directExecutor();
    future.addListener(() -> System.out.println(name + " done"), sameThread);
  }
}
