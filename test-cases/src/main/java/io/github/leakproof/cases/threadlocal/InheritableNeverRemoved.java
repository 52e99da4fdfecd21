package io.github.leakproof.cases.threadlocal;

import java.util.HashMap;
import java.util.Map;

/** Positive: an inheritable diagnostic context replaced per request and never removed. */
public final class InheritableNeverRemoved {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final InheritableThreadLocal<Map<String, String>> CONTEXT =
      new InheritableThreadLocal<>();

  private InheritableNeverRemoved() {}

  public static void setContextMap(Map<String, String> context) {
    CONTEXT.set(new HashMap<>(context));
  }

  public static String get(String key) {
    Map<String, String> map = CONTEXT.get();
    return map == null ? null : map.get(key);
  }
}
