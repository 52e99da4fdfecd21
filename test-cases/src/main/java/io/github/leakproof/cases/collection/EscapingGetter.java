package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;

/**
 * Negative by default: the live list is handed out by a getter, and whoever gets it may clear it; only
 * {@code Leakproof:Strict=escaping-collections} reports it.
 */
public final class EscapingGetter {
  private static final List<String> MESSAGES = new ArrayList<>();

  private EscapingGetter() {}

  public static synchronized void log(String message) {
    MESSAGES.add(message);
  }

  public static List<String> messages() {
    return MESSAGES;
  }
}
