package io.github.leakproof.cases.innerclass;

import java.util.HashMap;
import java.util.Map;

/** Positive: a public getter returns a double-brace map; whoever keeps the map keeps the whole service. */
public class DoubleBraceReturnedFromPublicMethod {
  private final long[] history = new long[10_000];

  public Map<String, Integer> limits() {
    // BUG: Diagnostic contains: double-brace
    return new HashMap<>() {{
      put("requests", 100);
      put("bursts", 10);
    }};
  }

  public int historySize() {
    return history.length;
  }
}
