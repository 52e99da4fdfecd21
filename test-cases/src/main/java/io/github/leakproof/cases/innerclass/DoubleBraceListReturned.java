package io.github.leakproof.cases.innerclass;

import java.util.ArrayList;
import java.util.List;

/** Positive: a double-brace ArrayList that reads a field, returned from a public method. */
public class DoubleBraceListReturned {
  private final String prefix;

  public DoubleBraceListReturned(String prefix) {
    this.prefix = prefix;
  }

  public List<String> columns() {
    // BUG: Diagnostic contains: columns()
    return new ArrayList<>() {{
      add(prefix + "id");
      add(prefix + "name");
    }};
  }
}
