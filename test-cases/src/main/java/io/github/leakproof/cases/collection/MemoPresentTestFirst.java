package io.github.leakproof.cases.collection;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Negative by default: get-or-create written the other way round — return the entry if present, else
 * create and put it (after an early return or a {@code continue}, or in the {@code else}): memo caches,
 * reported only with {@code Leakproof:Strict=memo-caches}.
 */
public final class MemoPresentTestFirst {
  private static final Map<String, Charset> CHARSETS = new ConcurrentHashMap<>();
  private static final Map<Integer, String> LABELS = new ConcurrentHashMap<>();

  private MemoPresentTestFirst() {}

  public static Charset charset(String name) {
    Charset known = CHARSETS.get(name);
    if (known != null) {
      return known;
    }
    Charset found = Charset.forName(name);
    CHARSETS.put(name, found);
    return found;
  }

  public static void preload(List<String> names) {
    for (String name : names) {
      if (CHARSETS.containsKey(name)) {
        continue;
      }
      CHARSETS.put(name, Charset.forName(name));
    }
  }

  public static String label(Integer code) {
    String label;
    if (LABELS.containsKey(code)) {
      label = LABELS.get(code);
    } else {
      label = "#" + code;
      LABELS.put(code, label);
    }
    return label;
  }
}
