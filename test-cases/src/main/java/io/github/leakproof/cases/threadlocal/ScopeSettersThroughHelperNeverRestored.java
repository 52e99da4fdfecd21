package io.github.leakproof.cases.threadlocal;

/**
 * Positive: the tenant is set through a helper that passes its parameter on to the holder's setter,
 * but no call of the helper or the setter is in a finally or given null, so nothing ever takes the
 * tenant off the thread. Forwarding makes the helper a setter; it does not make it a removal.
 */
public final class ScopeSettersThroughHelperNeverRestored {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  private ScopeSettersThroughHelperNeverRestored() {}

  public static void setTenant(String tenant) {
    TENANT.set(tenant);
  }

  public static String tenant() {
    return TENANT.get();
  }

  /** The request entry point: selects the tenant, runs the work, never restores. */
  public static void handle(String tenant, Runnable work) {
    selectTenant(tenant);
    work.run();
  }

  private static void selectTenant(String tenant) {
    audit(tenant);
    setTenant(tenant);
  }

  private static void audit(String tenant) {
    System.out.println("tenant " + tenant);
  }
}
