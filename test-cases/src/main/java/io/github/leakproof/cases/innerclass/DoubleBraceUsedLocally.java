package io.github.leakproof.cases.innerclass;

import java.util.HashMap;
import java.util.Map;

/** Negative: a double-brace map used within the method and dropped: it holds this only while the method runs. */
public class DoubleBraceUsedLocally {
  private final String host = "localhost";

  public String describe() {
    Map<String, String> parts = new HashMap<>() {{
      put("host", host);
      put("port", "8080");
    }};
    return parts.get("host") + ":" + parts.get("port");
  }
}
