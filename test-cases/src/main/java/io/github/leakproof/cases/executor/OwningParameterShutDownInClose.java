package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.checkerframework.checker.mustcall.qual.Owning;

/** Negative: the constructor takes the pool over (@Owning) and close() shuts it down. */
public class OwningParameterShutDownInClose implements AutoCloseable {
  private final ExecutorService workers;

  public OwningParameterShutDownInClose(@Owning ExecutorService workers) {
    this.workers = workers;
  }

  public Future<Integer> index(String document) {
    return workers.submit(document::length);
  }

  @Override
  public void close() {
    workers.shutdown();
  }
}
