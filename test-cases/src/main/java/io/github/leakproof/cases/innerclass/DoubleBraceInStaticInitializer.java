package io.github.leakproof.cases.innerclass;

import java.util.HashMap;
import java.util.Map;

/** Negative: double-brace initialisation in a static context has no enclosing instance. */
public final class DoubleBraceInStaticInitializer {
  static final Map<String, Integer> PORTS = new HashMap<>() {{
    put("http", 80);
    put("https", 443);
  }};

  private DoubleBraceInStaticInitializer() {}

  public static Map<String, Integer> defaults() {
    return new HashMap<>() {{
      putAll(PORTS);
    }};
  }
}
