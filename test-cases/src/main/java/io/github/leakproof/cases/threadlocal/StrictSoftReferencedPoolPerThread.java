// OPTIONS: Leakproof:Strict=threadlocal-caches
package io.github.leakproof.cases.threadlocal;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;

/**
 * Positive in strict mode only: the per-thread pool behind a soft reference of {@code
 * SoftReferencedPoolPerThread}, refilled when the reference was cleared, is a cache whose values may be
 * anything; {@code Leakproof:Strict=threadlocal-caches} reports such caches.
 */
public final class StrictSoftReferencedPoolPerThread<T> {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private final ThreadLocal<SoftReference<ArrayDeque<T>>> pools =
      ThreadLocal.withInitial(() -> new SoftReference<>(new ArrayDeque<>()));

  public void giveBack(T value) {
    ArrayDeque<T> pool = pools.get().get();
    if (pool == null) {
      pool = new ArrayDeque<>();
      pools.set(new SoftReference<>(pool));
    }
    pool.push(value);
  }
}
