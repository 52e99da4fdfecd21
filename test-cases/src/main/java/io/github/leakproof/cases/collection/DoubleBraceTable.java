package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/** Negative: double-brace initialisation fills the table once, in the anonymous subclass's initialiser. */
public final class DoubleBraceTable {
  private static final Map<String, Integer> PORTS =
      new HashMap<>() {
        {
          put("http", 80);
          put("https", 443);
        }
      };

  private DoubleBraceTable() {}

  public static int portOf(String scheme) {
    return PORTS.getOrDefault(scheme, -1);
  }
}
