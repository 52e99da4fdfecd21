package io.github.leakproof.model;

import java.util.Locale;

/**
 * Findings that are off by default because they are often intended, switched on with
 * {@code Leakproof:Strict=<word>[,<word>…]}.
 */
public enum StrictMode {
  /**
   * {@code ThreadLocal.withInitial(...)} or {@code initialValue()} caches that are only read: each
   * pooled thread keeps its value, and on an application server that pins the class loader.
   */
  THREADLOCAL_CACHES("threadlocal-caches");

  private final String word;

  StrictMode(String word) {
    this.word = word;
  }

  /** The word users write in the option, e.g. {@code threadlocal-caches}. */
  public String word() {
    return word;
  }

  static StrictMode fromWord(String word) {
    String w = word.trim().toLowerCase(Locale.ROOT);
    for (StrictMode mode : values()) {
      if (mode.word.equals(w)) {
        return mode;
      }
    }
    return null;
  }
}
