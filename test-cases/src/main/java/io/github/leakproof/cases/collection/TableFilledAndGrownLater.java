package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/**
 * Positive: a MIME table filled in a static block, but types sniffed from content are added at run time
 * too, under every extension seen (not a get-or-create: nothing looks the extension up first).
 */
public final class TableFilledAndGrownLater {
  // BUG: Diagnostic contains: put(…)
  private static final Map<String, String> MIME = new HashMap<>();

  static {
    MIME.put("html", "text/html");
    MIME.put("png", "image/png");
  }

  private TableFilledAndGrownLater() {}

  public static synchronized void learn(String extension, byte[] content) {
    MIME.put(extension, content.length > 0 && content[0] == '<' ? "text/html" : "application/octet-stream");
  }

  public static synchronized String mimeOf(String extension) {
    return MIME.getOrDefault(extension, "application/octet-stream");
  }
}
