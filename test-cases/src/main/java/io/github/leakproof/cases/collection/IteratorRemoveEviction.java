package io.github.leakproof.cases.collection;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Negative: entries added per call and evicted by a sweeper through the entry set's iterator. */
public final class IteratorRemoveEviction {
  private static final Map<String, Long> EXPIRY = new ConcurrentHashMap<>();

  private IteratorRemoveEviction() {}

  public static void touch(String key, long until) {
    EXPIRY.put(key, until);
  }

  public static void sweep(long now) {
    for (Iterator<Map.Entry<String, Long>> it = EXPIRY.entrySet().iterator(); it.hasNext(); ) {
      if (it.next().getValue() < now) {
        it.remove();
      }
    }
  }
}
