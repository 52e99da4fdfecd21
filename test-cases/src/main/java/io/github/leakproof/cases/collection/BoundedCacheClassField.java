package io.github.leakproof.cases.collection;

import java.util.LinkedHashMap;
import java.util.Map;

/** Negative: a named LRU map class whose instances are bounded, held statically. */
public final class BoundedCacheClassField {
  /** Keeps the most recent entries only. */
  static final class Lru<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    Lru(int capacity) {
      super(16, 0.75f, true);
      this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
      return size() > capacity;
    }
  }

  private static final Lru<String, byte[]> AVATARS = new Lru<>(100);

  private BoundedCacheClassField() {}

  public static synchronized byte[] avatar(String user) {
    return AVATARS.computeIfAbsent(user, u -> new byte[16]);
  }
}
