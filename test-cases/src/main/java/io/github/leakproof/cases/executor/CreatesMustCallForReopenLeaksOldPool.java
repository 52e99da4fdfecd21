package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.checkerframework.checker.calledmethods.qual.EnsuresCalledMethods;
import org.checkerframework.checker.mustcall.qual.CreatesMustCallFor;
import org.checkerframework.checker.mustcall.qual.InheritableMustCall;
import org.checkerframework.checker.mustcall.qual.Owning;

/**
 * Positive: {@code @CreatesMustCallFor} says that {@code reopen()} gives the object a new obligation (its
 * caller must close it again); it does not say the old pool may be dropped. The old pool still runs.
 */
@InheritableMustCall("close")
public class CreatesMustCallForReopenLeaksOldPool implements AutoCloseable {
  private @Owning ExecutorService workers = Executors.newFixedThreadPool(2);

  public void submit(Runnable job) {
    workers.execute(job);
  }

  @CreatesMustCallFor("this")
  public void reopen() {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    workers = Executors.newFixedThreadPool(2);
  }

  @Override
  @EnsuresCalledMethods(value = "workers", methods = "shutdown")
  public void close() {
    workers.shutdown();
  }
}
