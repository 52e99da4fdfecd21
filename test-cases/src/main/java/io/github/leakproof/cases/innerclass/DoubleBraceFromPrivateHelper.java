package io.github.leakproof.cases.innerclass;

import java.util.ArrayList;
import java.util.List;

/** Negative: a private helper's double-brace list is consumed by its caller and not kept. */
public class DoubleBraceFromPrivateHelper {
  public int columnCount() {
    return columns().size();
  }

  private List<String> columns() {
    return new ArrayList<>() {{
      add("id");
      add("name");
    }};
  }
}
