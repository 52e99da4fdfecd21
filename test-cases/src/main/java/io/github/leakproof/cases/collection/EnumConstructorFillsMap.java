package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/** Negative: an enum whose per-constant alias map is filled in the constructor only. */
public enum EnumConstructorFillsMap {
  JSON("application/json", "text/json"),
  XML("application/xml", "text/xml");

  private final Map<String, Boolean> aliases = new HashMap<>();

  EnumConstructorFillsMap(String... types) {
    for (String type : types) {
      aliases.put(type, Boolean.TRUE);
    }
  }

  public boolean accepts(String type) {
    return aliases.containsKey(type);
  }
}
