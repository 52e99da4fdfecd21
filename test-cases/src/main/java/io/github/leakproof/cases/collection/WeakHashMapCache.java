package io.github.leakproof.cases.collection;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/** Negative: weak keys: entries go when nothing else references the key. */
public final class WeakHashMapCache {
  private static final Map<Object, String> DESCRIPTIONS = Collections.synchronizedMap(new WeakHashMap<>());
  private static final Set<Thread> WATCHED = Collections.newSetFromMap(new WeakHashMap<>());

  private WeakHashMapCache() {}

  public static String describe(Object value) {
    return DESCRIPTIONS.computeIfAbsent(value, String::valueOf);
  }

  public static synchronized void watch(Thread thread) {
    WATCHED.add(thread);
  }
}
