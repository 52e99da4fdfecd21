package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/** Positive: a MIME table filled in a static block, but unknown extensions are added at run time too. */
public final class TableFilledAndGrownLater {
  // BUG: Diagnostic contains: put(…)
  private static final Map<String, String> MIME = new HashMap<>();

  static {
    MIME.put("html", "text/html");
    MIME.put("png", "image/png");
  }

  private TableFilledAndGrownLater() {}

  public static synchronized String mimeOf(String extension) {
    String type = MIME.get(extension);
    if (type == null) {
      type = "application/octet-stream";
      MIME.put(extension, type);
    }
    return type;
  }
}
