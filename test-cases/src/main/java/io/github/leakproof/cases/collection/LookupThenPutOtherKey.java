package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Positive: a lookup followed by a put is a memo cache only when the put stores under the key looked up.
 * Here the put's key is another variable, an expression, or the looked-up variable assigned again before
 * the put: each grows the map by default.
 */
public final class LookupThenPutOtherKey {
  // BUG: Diagnostic contains: BY_CANONICAL
  private static final Map<String, String> BY_CANONICAL = new HashMap<>();

  // BUG: Diagnostic contains: BY_LOWER_CASE
  private static final Map<String, Integer> BY_LOWER_CASE = new HashMap<>();

  // BUG: Diagnostic contains: BY_TRIMMED
  private static final Map<String, String> BY_TRIMMED = new HashMap<>();

  private LookupThenPutOtherKey() {}

  public static synchronized String canonical(String name) {
    String canonical = BY_CANONICAL.get(name);
    if (canonical == null) {
      canonical = name.strip();
      BY_CANONICAL.put(canonical, name);
    }
    return canonical;
  }

  public static synchronized int count(String word) {
    Integer seen = BY_LOWER_CASE.get(word);
    if (seen == null) {
      BY_LOWER_CASE.put(word.toLowerCase(Locale.ROOT), 1);
      return 1;
    }
    return seen;
  }

  public static synchronized String trimmed(String text) {
    String known = BY_TRIMMED.get(text);
    if (known == null) {
      known = text;
      text = text.trim();
      BY_TRIMMED.put(text, known);
    }
    return known;
  }
}
