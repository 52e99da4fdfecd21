package io.github.leakproof.cases.collection;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Negative: the registry is declared as a plain Map, but the object kept in it is a map class of its own
 * (as a library's double-weak map would be) that holds its values weakly and purges cleared ones: judged
 * from the object assigned, not the declared type, it cannot grow without bound.
 */
public final class WeakMapOfItsOwnBehindMapField {
  /** A map whose values are weakly held: cleared values come back on the queue and are dropped. */
  static final class WeakValueMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, WeakReference<V>> inner = new HashMap<>();
    private final ReferenceQueue<V> cleared = new ReferenceQueue<>();

    @Override
    public V put(K key, V value) {
      purge();
      WeakReference<V> previous = inner.put(key, new WeakReference<>(value, cleared));
      return previous == null ? null : previous.get();
    }

    @Override
    public V get(Object key) {
      WeakReference<V> ref = inner.get(key);
      return ref == null ? null : ref.get();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      Map<K, V> live = new HashMap<>();
      inner.forEach((k, ref) -> {
        V value = ref.get();
        if (value != null) {
          live.put(k, value);
        }
      });
      return live.entrySet();
    }

    private void purge() {
      while (cleared.poll() != null) {
        inner.values().removeIf(ref -> ref.get() == null);
      }
    }
  }

  private static final Map<String, Object> TOKENS = new WeakValueMap<>();

  private WeakMapOfItsOwnBehindMapField() {}

  public static synchronized void register(String token, Object owner) {
    TOKENS.put(token, owner);
  }

  public static synchronized Object lookUp(String token) {
    return TOKENS.get(token);
  }
}
