package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.checkerframework.checker.mustcall.qual.Owning;

/**
 * Positive: the constructor takes the pool over (@Owning), so the indexer is its owner from then
 * on, but nothing in the class ever shuts the pool down.
 */
public class OwningParameterNeverShutDown {
  // BUG: Diagnostic contains: ExecutorNotShutDown
  private final ExecutorService workers;

  public OwningParameterNeverShutDown(@Owning ExecutorService workers) {
    this.workers = workers;
  }

  public Future<Integer> index(String document) {
    return workers.submit(document::length);
  }
}
