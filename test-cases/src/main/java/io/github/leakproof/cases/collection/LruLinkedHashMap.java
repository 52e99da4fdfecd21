package io.github.leakproof.cases.collection;

import java.util.LinkedHashMap;
import java.util.Map;

/** Negative: the LRU idiom: a LinkedHashMap that evicts its eldest entry past a fixed size. */
public final class LruLinkedHashMap {
  private static final int MAX = 256;

  private static final Map<String, String> RECENT =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > MAX;
        }
      };

  private LruLinkedHashMap() {}

  public static synchronized String lookup(String key) {
    return RECENT.computeIfAbsent(key, String::toUpperCase);
  }
}
