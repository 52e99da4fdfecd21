package io.github.leakproof.cases.innerclass;

/** Negative: a static nested class holds no outer instance; storing it statically pins nothing. */
public class StaticNestedClassInStaticField {
  static Object defaultFormatter;

  private final String pattern;

  public StaticNestedClassInStaticField(String pattern) {
    this.pattern = pattern;
  }

  public void makeDefault() {
    defaultFormatter = new Formatter(pattern);
  }

  static final class Formatter {
    private final String pattern;

    Formatter(String pattern) {
      this.pattern = pattern;
    }

    String format(Object value) {
      return String.format(pattern, value);
    }
  }
}
