package io.github.leakproof.model;

import java.util.Set;

/**
 * Calls that give back their first argument unchanged, a null check around a value ({@code
 * Objects.requireNonNull(tl.get())}): what they return is what they were given.
 */
public final class IdentityCalls {
  private IdentityCalls() {}

  private static final Set<String> RETURN_FIRST_ARGUMENT =
      Set.of(
          "java.util.Objects#requireNonNull",
          "com.google.common.base.Preconditions#checkNotNull",
          "com.google.common.base.Verify#verifyNotNull");

  /** True if the static method {@code owner#method} returns its first argument. */
  public static boolean returnsFirstArgument(String owner, String method) {
    return RETURN_FIRST_ARGUMENT.contains(owner + "#" + method);
  }
}
