package io.github.leakproof.cases.threadlocal;

import java.util.HashMap;
import java.util.Map;

/** Positive: an InheritableThreadLocal diagnostic context (MDC-like) that is put into, never removed. */
public final class InheritableNeverRemoved {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final InheritableThreadLocal<Map<String, String>> CONTEXT =
      new InheritableThreadLocal<>();

  private InheritableNeverRemoved() {}

  public static void put(String key, String value) {
    Map<String, String> map = CONTEXT.get();
    if (map == null) {
      map = new HashMap<>();
      CONTEXT.set(map);
    }
    map.put(key, value);
  }
}
