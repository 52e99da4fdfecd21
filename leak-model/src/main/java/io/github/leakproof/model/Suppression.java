package io.github.leakproof.model;

/** How a finding is suppressed by annotation, the same way in both front ends. */
public final class Suppression {
  /** Leakproof's own annotation, honoured by both front ends. */
  public static final String SUPPRESS_LEAK = "io.github.leakproof.annotations.SuppressLeak";

  /**
   * The {@code @SuppressWarnings} token of javac's, Eclipse's and IntelliJ's own resource warnings.
   * Code that carries it was judged by someone already, so {@code ResourceNotClosed} honours it unless
   * {@link StrictMode#IGNORE_SUPPRESS_WARNINGS_RESOURCE} is on.
   */
  public static final String RESOURCE_TOKEN = "resource";

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
