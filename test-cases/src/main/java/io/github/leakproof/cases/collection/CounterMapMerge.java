package io.github.leakproof.cases.collection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Positive: per-URL hit counters in a static map, keyed by request URLs (unbounded) and never reset. */
public final class CounterMapMerge {
  // BUG: Diagnostic contains: merge
  private static final Map<String, Long> HITS = new ConcurrentHashMap<>();

  private CounterMapMerge() {}

  public static void hit(String url) {
    HITS.merge(url, 1L, Long::sum);
  }

  public static long hits(String url) {
    return HITS.getOrDefault(url, 0L);
  }
}
