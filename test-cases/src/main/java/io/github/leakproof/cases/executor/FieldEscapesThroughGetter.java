package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: the pool is exposed through a getter, so whoever shuts it down may live outside this class. */
public class FieldEscapesThroughGetter {
  private final ExecutorService callbacks = Executors.newSingleThreadExecutor();

  public ExecutorService callbackExecutor() {
    return callbacks;
  }

  public void fire(Runnable callback) {
    callbacks.execute(callback);
  }
}
