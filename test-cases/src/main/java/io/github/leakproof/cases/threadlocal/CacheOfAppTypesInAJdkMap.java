package io.github.leakproof.cases.threadlocal;

import java.util.HashMap;
import java.util.Map;

/**
 * Positive: a JDK map is judged by its type arguments. A per-thread {@code Map<String, Handler>}
 * holds the application's handlers, so it pins the application's class loader on every pooled thread.
 */
public final class CacheOfAppTypesInAJdkMap {
  /** An application class. */
  static final class Handler {
    String handle(String in) {
      return in.toUpperCase(java.util.Locale.ROOT);
    }
  }

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<Map<String, Handler>> HANDLERS = ThreadLocal.withInitial(HashMap::new);

  private CacheOfAppTypesInAJdkMap() {}

  static String handle(String name, String in) {
    return HANDLERS.get().computeIfAbsent(name, n -> new Handler()).handle(in);
  }
}
