// OPTIONS: Leakproof:Strict=class-keyed-caches,memo-caches
package io.github.leakproof.cases.collection;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Positive in strict mode (a class-keyed cache, and a memo cache: both words): reflection metadata cached per class in a static map: on an application
 * server every redeployed web application's classes (and their loader) stay in it.
 */
public final class StrictClassKeyedCache {
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final Map<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();

  private StrictClassKeyedCache() {}

  public static Field[] fieldsOf(Class<?> type) {
    return FIELDS.computeIfAbsent(type, Class::getDeclaredFields);
  }
}
