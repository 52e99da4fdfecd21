// OPTIONS: Leakproof:Strict=memo-caches
package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Positive with {@code Leakproof:Strict=memo-caches}: SQL text split once per statement under a lock; the
 * statements include literal values, so every distinct query adds an entry.
 */
public final class StrictMemoInSynchronizedBlock {
  private static final Object LOCK = new Object();

  // BUG: Diagnostic contains: PARSED
  private static final Map<String, List<String>> PARSED = new HashMap<>();

  private StrictMemoInSynchronizedBlock() {}

  public static List<String> tokens(String sql) {
    synchronized (LOCK) {
      List<String> tokens = PARSED.get(sql);
      if (tokens == null) {
        tokens = List.of(sql.split("\\s+"));
        PARSED.put(sql, tokens);
      }
      return tokens;
    }
  }
}
