package io.github.leakproof.cases.innerclass;

import java.util.HashMap;
import java.util.Map;

/**
 * Positive: double-brace initialisation in an instance method makes an anonymous HashMap subclass; being
 * serializable it keeps this$0 even though it uses nothing of the outer instance, and it goes into static state.
 */
public class DoubleBraceStoredInStaticField {
  static Map<String, String> defaults;

  private final byte[] state = new byte[1 << 16];

  public void installDefaults() {
    // BUG: Diagnostic contains: double-brace
    defaults = new HashMap<>() {{
      put("timeout", "30s");
      put("retries", "3");
    }};
  }

  public int stateSize() {
    return state.length;
  }
}
