package com.example.leaky;

/** Runs work on behalf of a tenant. */
public final class TenantScope {
  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  private TenantScope() {}

  /** Leaks when the work throws: the remove() is not in a finally. */
  public static void runAs(String tenant, Runnable work) {
    TENANT.set(tenant);
    work.run();
    TENANT.remove();
  }

  /** Right: the value goes away on every path. */
  public static void runSafelyAs(String tenant, Runnable work) {
    TENANT.set(tenant);
    try {
      work.run();
    } finally {
      TENANT.remove();
    }
  }

  public static String tenant() {
    return TENANT.get();
  }
}
