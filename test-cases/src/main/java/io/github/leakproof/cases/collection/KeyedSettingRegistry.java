package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/**
 * Negative (a chart library's image encoders): a setter maps a format name to an encoder class name.
 * Like a static field's setter, each name holds one value that the next call replaces; the map grows
 * only with the names the program chooses to configure. Reported with {@code Strict=memo-caches}.
 */
public final class KeyedSettingRegistry {
  private static final Map<String, String> ENCODERS = new HashMap<>();

  static {
    ENCODERS.put("png", "com.example.PngEncoder");
    ENCODERS.put("jpeg", "com.example.JpegEncoder");
  }

  private KeyedSettingRegistry() {}

  public static synchronized void setEncoder(String format, String encoderClassName) {
    ENCODERS.put(format, encoderClassName);
  }

  public static synchronized String encoderFor(String format) {
    String className = ENCODERS.get(format);
    if (className == null) {
      throw new IllegalArgumentException("no encoder for " + format);
    }
    return className;
  }
}
