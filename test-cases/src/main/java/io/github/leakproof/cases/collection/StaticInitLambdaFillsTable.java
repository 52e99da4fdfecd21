package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Negative: a table filled by a forEach lambda in the static initialiser. */
public final class StaticInitLambdaFillsTable {
  private static final Map<String, Integer> LENGTHS = new HashMap<>();

  static {
    List.of("one", "three", "seven").forEach(word -> LENGTHS.put(word, word.length()));
  }

  private StaticInitLambdaFillsTable() {}

  public static int lengthOf(String word) {
    return LENGTHS.getOrDefault(word, 0);
  }
}
