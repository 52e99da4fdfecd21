// OPTIONS: Leakproof:Strict=memo-caches
package io.github.leakproof.cases.collection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Positive with {@code Leakproof:Strict=memo-caches}: a route resolved once per request path behind a
 * {@code containsKey} test; request paths come from clients, so the memo cache has no bound.
 */
public final class StrictMemoContainsKeyGuard {
  // BUG: Diagnostic contains: ROUTES
  private static final Map<String, String> ROUTES = new ConcurrentHashMap<>();

  private StrictMemoContainsKeyGuard() {}

  public static String route(String path) {
    if (ROUTES.containsKey(path)) {
      return ROUTES.get(path);
    }
    String handler = path.startsWith("/api/") ? "api" : "static";
    ROUTES.put(path, handler);
    return handler;
  }
}
