package io.github.leakproof.cases.collection;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Negative by default: a per-class cache is bounded by the classes loaded; only {@code
 * Leakproof:Strict=class-keyed-caches} reports it (see StrictClassKeyedCache).
 */
public final class ClassKeyedCacheByDefault {
  private static final Map<Class<?>, Method[]> METHODS = new ConcurrentHashMap<>();

  private ClassKeyedCacheByDefault() {}

  public static Method[] methodsOf(Class<?> type) {
    return METHODS.computeIfAbsent(type, Class::getMethods);
  }
}
