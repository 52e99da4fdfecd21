package io.github.leakproof.model;

/** How a finding is suppressed by annotation, the same way in both front ends. */
public final class Suppression {
  /** Leakproof's own annotation, honoured by both front ends. */
  public static final String SUPPRESS_LEAK = "io.github.leakproof.annotations.SuppressLeak";

  private Suppression() {}

  /** True if an annotation listing {@code names} (either spelling of a check) suppresses {@code check}. */
  public static boolean suppresses(Iterable<String> names, Check check) {
    for (String name : names) {
      if (check.isNamedBy(name)) {
        return true;
      }
    }
    return false;
  }
}
