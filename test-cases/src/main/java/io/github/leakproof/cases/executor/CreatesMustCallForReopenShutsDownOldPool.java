package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.checkerframework.checker.calledmethods.qual.EnsuresCalledMethods;
import org.checkerframework.checker.mustcall.qual.CreatesMustCallFor;
import org.checkerframework.checker.mustcall.qual.InheritableMustCall;
import org.checkerframework.checker.mustcall.qual.Owning;

/**
 * Negative: the {@code @CreatesMustCallFor} method shuts the old pool down before making a new one, as the
 * Resource Leak Checker also requires; {@code close()} shuts down the current one.
 */
@InheritableMustCall("close")
public class CreatesMustCallForReopenShutsDownOldPool implements AutoCloseable {
  private @Owning ExecutorService workers = Executors.newFixedThreadPool(2);

  public void submit(Runnable job) {
    workers.execute(job);
  }

  @CreatesMustCallFor("this")
  public void reopen() {
    workers.shutdown();
    workers = Executors.newFixedThreadPool(2);
  }

  @Override
  @EnsuresCalledMethods(value = "workers", methods = "shutdown")
  public void close() {
    workers.shutdown();
  }
}
