package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;

/** Negative: a collected-warnings list that a reset method replaces with a fresh one. */
public final class ReassignedOnReset {
  private static List<String> warnings = new ArrayList<>();

  private ReassignedOnReset() {}

  public static synchronized void warn(String message) {
    warnings.add(message);
  }

  public static synchronized List<String> drain() {
    List<String> drained = List.copyOf(warnings);
    warnings = new ArrayList<>();
    return drained;
  }
}
