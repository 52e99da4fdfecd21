// OPTIONS: Leakproof:Strict=memo-caches
package io.github.leakproof.cases.collection;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Positive with {@code Leakproof:Strict=memo-caches}: a setter keyed by the caller's names — here the
 * caller passes per-user names, so the "settings" are really an unbounded registry.
 */
public final class StrictKeyedSettingRegistry {
  // BUG: Diagnostic contains: put
  private static final ConcurrentMap<String, String> THEMES = new ConcurrentHashMap<>();

  private StrictKeyedSettingRegistry() {}

  public static void setTheme(String user, String theme) {
    THEMES.put(user, theme);
  }

  public static String themeOf(String user) {
    return THEMES.getOrDefault(user, "light");
  }
}
