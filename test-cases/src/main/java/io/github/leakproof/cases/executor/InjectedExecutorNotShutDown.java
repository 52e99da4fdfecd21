package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Negative: the executor is injected; whoever created it shuts it down. */
public class InjectedExecutorNotShutDown {
  private final ExecutorService executor;

  public InjectedExecutorNotShutDown(ExecutorService executor) {
    this.executor = executor;
  }

  public Future<String> render(String template) {
    return executor.submit(template::strip);
  }

  public static Future<Integer> measure(ExecutorService callerPool, String text) {
    return callerPool.submit(text::length);
  }
}
