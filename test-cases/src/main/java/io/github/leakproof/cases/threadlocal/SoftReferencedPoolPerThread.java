package io.github.leakproof.cases.threadlocal;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * Negative by default: a pool of reusable objects per thread, kept behind a soft reference so that
 * the collector may take it back under memory pressure (found in jsoup's {@code SoftPool}). The thread's
 * pool is made again only when the reference has been cleared: that is a cache fill, judged like {@code
 * if (tl.get() == null)}, and a pool of {@code T} may hold anything, so only {@code
 * Leakproof:Strict=threadlocal-caches} reports it ({@code StrictSoftReferencedPoolPerThread}).
 */
public final class SoftReferencedPoolPerThread<T> {
  private final ThreadLocal<SoftReference<ArrayDeque<T>>> pools =
      ThreadLocal.withInitial(() -> new SoftReference<>(new ArrayDeque<>()));
  private final Supplier<T> maker;

  public SoftReferencedPoolPerThread(Supplier<T> maker) {
    this.maker = maker;
  }

  public T borrow() {
    T pooled = pool().poll();
    return pooled != null ? pooled : maker.get();
  }

  public void giveBack(T value) {
    ArrayDeque<T> pool = pool();
    if (pool.size() < 8) {
      pool.push(value);
    }
  }

  private ArrayDeque<T> pool() {
    ArrayDeque<T> pool = pools.get().get();
    if (pool == null) {
      pool = new ArrayDeque<>();
      pools.set(new SoftReference<>(pool));
    }
    return pool;
  }
}
