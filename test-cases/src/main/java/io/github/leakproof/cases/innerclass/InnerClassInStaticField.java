package io.github.leakproof.cases.innerclass;

/** Positive: an instance of an inner class that reads its outer's fields is made the static default. */
public class InnerClassInStaticField {
  static Object defaultFormatter;

  private final String pattern;

  public InnerClassInStaticField(String pattern) {
    this.pattern = pattern;
  }

  public void makeDefault() {
    // BUG: Diagnostic contains: Formatter
    defaultFormatter = new Formatter();
  }

  class Formatter {
    String format(Object value) {
      return String.format(pattern, value);
    }
  }
}
