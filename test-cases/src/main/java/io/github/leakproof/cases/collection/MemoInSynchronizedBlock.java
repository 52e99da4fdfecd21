package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/**
 * Negative by default (a connection pool's registry of configured helpers): one instance per configured
 * class name, looked up and created under the map's own lock — a memo cache, reported only with {@code
 * Leakproof:Strict=memo-caches}.
 */
public final class MemoInSynchronizedBlock {
  private static final Map<String, Object> INSTANCES = new HashMap<>();

  private MemoInSynchronizedBlock() {}

  public static Object instanceOf(String className) {
    try {
      synchronized (INSTANCES) {
        Object out = INSTANCES.get(className);
        if (out == null) {
          out = Class.forName(className).getDeclaredConstructor().newInstance();
          INSTANCES.put(className, out);
        }
        return out;
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(className, e);
    }
  }
}
