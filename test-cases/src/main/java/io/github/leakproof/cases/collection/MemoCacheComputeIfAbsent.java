package io.github.leakproof.cases.collection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Negative by default: a memo cache of compiled patterns, grown only by {@code computeIfAbsent}. Most such
 * caches in real libraries are keyed by values with few distinct members (locales, styles, patterns the
 * code itself uses); reported only with {@code Leakproof:Strict=memo-caches} ({@code StrictInternPoolPutIfAbsent}).
 */
public final class MemoCacheComputeIfAbsent {
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private MemoCacheComputeIfAbsent() {}

  public static boolean matches(String regex, String input) {
    return PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(input).matches();
  }
}
