package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/**
 * Negative by default: the absent test joined with another by {@code &&} still lets the put run only where
 * the key is missing — a memo cache, reported only with {@code Leakproof:Strict=memo-caches}.
 */
public final class MemoGuardInConjunction {
  private static final Map<String, int[]> HISTOGRAMS = new HashMap<>();

  private MemoGuardInConjunction() {}

  public static synchronized int[] histogram(String text) {
    int[] counts = HISTOGRAMS.get(text);
    if (counts == null && !text.isEmpty()) {
      counts = new int[128];
      for (char c : text.toCharArray()) {
        counts[c & 127]++;
      }
      HISTOGRAMS.put(text, counts);
    }
    return counts;
  }
}
