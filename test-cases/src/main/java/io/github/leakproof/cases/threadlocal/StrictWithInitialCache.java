// OPTIONS: Leakproof:Strict=threadlocal-caches
package io.github.leakproof.cases.threadlocal;

import java.text.SimpleDateFormat;

/** Positive in strict mode only: a per-thread formatter cache that every pooled thread keeps. */
public final class StrictWithInitialCache {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<SimpleDateFormat> FORMAT =
      ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));

  private StrictWithInitialCache() {}

  public static String format(java.util.Date date) {
    return FORMAT.get().format(date);
  }
}
