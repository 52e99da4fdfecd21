package io.github.leakproof.cases.threadlocal;

import java.util.HashMap;
import java.util.Map;

/**
 * Negative by default: a per-thread {@code Map<String, Object>} may hold the application's objects or
 * only strings and numbers; from its type nobody can tell, so only Strict=threadlocal-caches reports
 * it (StrictCacheThatMayHoldAnything).
 */
public final class PerThreadAttributesMayHoldAnything {
  private static final ThreadLocal<Map<String, Object>> ATTRIBUTES = ThreadLocal.withInitial(HashMap::new);

  private PerThreadAttributesMayHoldAnything() {}

  static Object attribute(String name) {
    return ATTRIBUTES.get().get(name);
  }
}
