package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Negative by default: compiled patterns memoised behind a {@code containsKey} test — the same get-or-create
 * as {@code computeIfAbsent}, so a memo cache, reported only with {@code Leakproof:Strict=memo-caches}.
 */
public final class MemoContainsKeyGuard {
  private static final Map<String, Pattern> COMPILED = new HashMap<>();

  private MemoContainsKeyGuard() {}

  public static synchronized Pattern compiled(String regex) {
    if (!COMPILED.containsKey(regex)) {
      COMPILED.put(regex, Pattern.compile(regex));
    }
    return COMPILED.get(regex);
  }
}
