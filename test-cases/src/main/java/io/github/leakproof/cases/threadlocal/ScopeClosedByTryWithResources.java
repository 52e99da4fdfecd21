package io.github.leakproof.cases.threadlocal;

/** Negative: a scope object sets the value in its constructor and removes it in close(). */
public final class ScopeClosedByTryWithResources implements AutoCloseable {
  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  private ScopeClosedByTryWithResources(String tenant) {
    TENANT.set(tenant);
  }

  public static ScopeClosedByTryWithResources enter(String tenant) {
    return new ScopeClosedByTryWithResources(tenant);
  }

  public static String tenant() {
    return TENANT.get();
  }

  @Override
  public void close() {
    TENANT.remove();
  }

  static void serve(String tenant, Runnable request) {
    try (ScopeClosedByTryWithResources scope = enter(tenant)) {
      request.run();
    }
  }
}
