package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Negative (commons-lang's ArchUtils): a table filled at class initialisation through private helpers
 * that several initialiser helpers call, one of them through a lambda.
 */
public final class TableFilledThroughLambdaOfInitHelpers {
  private static final Map<String, String> ARCH_TO_FAMILY;

  static {
    ARCH_TO_FAMILY = new HashMap<>();
    initX86();
    initArm();
  }

  private TableFilledThroughLambdaOfInitHelpers() {}

  private static void initX86() {
    addAll("x86", "i386", "i686");
  }

  private static void initArm() {
    addAll("arm", "aarch64", "arm64");
  }

  private static void addAll(String family, String... keys) {
    Stream.of(keys).forEach(key -> add(key, family));
  }

  private static void add(String key, String family) {
    if (ARCH_TO_FAMILY.containsKey(key)) {
      throw new IllegalStateException("duplicate " + key);
    }
    ARCH_TO_FAMILY.put(key, family);
  }

  public static String familyOf(String arch) {
    return ARCH_TO_FAMILY.get(arch);
  }
}
