// OPTIONS: Leakproof:Strict=threadlocal-caches
package io.github.leakproof.cases.threadlocal;

import java.util.HashMap;
import java.util.Map;

/**
 * Positive in strict mode only: a per-thread {@code Map<String, Object>} may hold the application's
 * objects, and so pin its class loader (silent by default: PerThreadAttributesMayHoldAnything).
 */
public final class StrictCacheThatMayHoldAnything {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<Map<String, Object>> ATTRIBUTES = ThreadLocal.withInitial(HashMap::new);

  private StrictCacheThatMayHoldAnything() {}

  static Object attribute(String name) {
    return ATTRIBUTES.get().get(name);
  }
}
