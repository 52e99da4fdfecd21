package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/**
 * Negative (found in jsoup's {@code Entities}): each constant of a nested enum loads its part of a
 * table into the outer class's static map, through a private helper its constructor calls. An enum's
 * constructor runs only for its constants, once each, while the enum is initialised: the table is
 * filled once, like a static initialiser's, and never grows after.
 */
public final class TableFilledByNestedEnumConstructors {
  private static final Map<String, String> CHARACTERS_BY_NAME = new HashMap<>();

  /** The sets of named characters, each loaded when the enum is initialised. */
  public enum EscapeMode {
    XHTML("amp=&,lt=<,gt=>,quot=\""),
    EXTENDED("amp=&,lt=<,gt=>,quot=\",nbsp=\u00a0,copy=\u00a9");

    EscapeMode(String table) {
      load(table);
    }
  }

  private TableFilledByNestedEnumConstructors() {}

  private static void load(String table) {
    for (String entry : table.split(",")) {
      int equals = entry.indexOf('=');
      CHARACTERS_BY_NAME.put(entry.substring(0, equals), entry.substring(equals + 1));
    }
  }

  public static String character(String name) {
    return CHARACTERS_BY_NAME.get(name);
  }
}
