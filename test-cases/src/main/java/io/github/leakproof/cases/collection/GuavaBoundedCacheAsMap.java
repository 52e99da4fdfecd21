package io.github.leakproof.cases.collection;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.MapMaker;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;

/** Negative: Guava caches with a size or time bound, or weak keys, and a Cache object (not a collection). */
public final class GuavaBoundedCacheAsMap {
  private static final ConcurrentMap<String, String> BY_SIZE =
      CacheBuilder.newBuilder().maximumSize(1_000).<String, String>build().asMap();
  private static final ConcurrentMap<Object, String> WEAK = new MapMaker().weakKeys().makeMap();
  private static final Cache<String, String> EXPIRING =
      CacheBuilder.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build();

  private GuavaBoundedCacheAsMap() {}

  public static String lookup(String key) {
    EXPIRING.put(key, key);
    WEAK.put(key, key);
    return BY_SIZE.computeIfAbsent(key, String::trim);
  }
}
