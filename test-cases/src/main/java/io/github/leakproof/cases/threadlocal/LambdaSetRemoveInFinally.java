package io.github.leakproof.cases.threadlocal;

import java.util.concurrent.ExecutorService;

/** Negative: the pool task scopes the context in try/finally. */
public class LambdaSetRemoveInFinally {
  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  public void submit(ExecutorService pool, String tenant, Runnable work) {
    pool.execute(
        () -> {
          TENANT.set(tenant);
          try {
            work.run();
          } finally {
            TENANT.remove();
          }
        });
  }
}
