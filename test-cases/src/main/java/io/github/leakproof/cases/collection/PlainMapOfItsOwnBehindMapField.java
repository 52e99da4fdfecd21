package io.github.leakproof.cases.collection;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Positive: a map class of its own behind a Map field, but one that only delegates to a HashMap: judged
 * from its class it holds its entries strongly, so the static registry grows with every token.
 */
public final class PlainMapOfItsOwnBehindMapField {
  /** A map that counts its writes and keeps everything it is given. */
  static final class CountingMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> inner = new HashMap<>();
    private int writes;

    @Override
    public V put(K key, V value) {
      writes++;
      return inner.put(key, value);
    }

    @Override
    public V get(Object key) {
      return inner.get(key);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return inner.entrySet();
    }

    int writes() {
      return writes;
    }
  }

  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final Map<String, Object> TOKENS = new CountingMap<>();

  private PlainMapOfItsOwnBehindMapField() {}

  public static synchronized String register(Object owner) {
    String token = UUID.randomUUID().toString();
    TOKENS.put(token, owner);
    return token;
  }

  public static synchronized Object lookUp(String token) {
    return TOKENS.get(token);
  }
}
