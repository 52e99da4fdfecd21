package io.github.leakproof.cases.collection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Positive: a memo cache of compiled patterns keyed by whatever string callers pass; nothing evicts. */
public final class MemoCacheComputeIfAbsent {
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private MemoCacheComputeIfAbsent() {}

  public static boolean matches(String regex, String input) {
    return PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(input).matches();
  }
}
