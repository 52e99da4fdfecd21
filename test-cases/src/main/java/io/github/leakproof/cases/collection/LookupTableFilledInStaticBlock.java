package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/** Negative: a lookup table filled once in a static block and a private helper it calls, then only read. */
public final class LookupTableFilledInStaticBlock {
  private static final Map<String, Integer> HTTP_STATUS = new HashMap<>();

  static {
    HTTP_STATUS.put("OK", 200);
    HTTP_STATUS.put("Not Found", 404);
    register("Internal Server Error", 500);
  }

  private LookupTableFilledInStaticBlock() {}

  private static void register(String reason, int code) {
    HTTP_STATUS.put(reason, code);
  }

  public static int codeOf(String reason) {
    return HTTP_STATUS.getOrDefault(reason, -1);
  }
}
