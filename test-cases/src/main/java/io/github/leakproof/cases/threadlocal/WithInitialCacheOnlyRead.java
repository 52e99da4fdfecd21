package io.github.leakproof.cases.threadlocal;

import java.text.SimpleDateFormat;

/** Negative by default: a withInitial per-thread cache that is only read (strict mode reports it). */
public final class WithInitialCacheOnlyRead {
  private static final ThreadLocal<SimpleDateFormat> FORMAT =
      ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));

  private WithInitialCacheOnlyRead() {}

  public static String format(java.util.Date date) {
    return FORMAT.get().format(date);
  }
}
