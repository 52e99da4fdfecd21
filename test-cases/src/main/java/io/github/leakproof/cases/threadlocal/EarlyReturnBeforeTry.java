package io.github.leakproof.cases.threadlocal;

/** Positive: the try/finally is there, but an early return between set and try skips it. */
public class EarlyReturnBeforeTry {
  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  public void serve(String tenant, Runnable request) {
    // BUG: Diagnostic contains: ThreadLocalNotRemoved
    TENANT.set(tenant);
    if (request == null) {
      return;
    }
    try {
      request.run();
    } finally {
      TENANT.remove();
    }
  }
}
