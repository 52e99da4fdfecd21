package io.github.leakproof.cases.threadlocal;

import java.util.concurrent.ExecutorService;

/** Positive: tasks on a pool set the tenant and nothing ever removes it. */
public class LambdaTaskSetsContext {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  public void submit(ExecutorService pool, String tenant, Runnable work) {
    pool.execute(
        () -> {
          TENANT.set(tenant);
          work.run();
        });
  }

  public static String tenant() {
    return TENANT.get();
  }
}
