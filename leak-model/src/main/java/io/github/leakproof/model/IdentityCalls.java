package io.github.leakproof.model;

import java.util.List;
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

  /** How a parameter's declared type uses the type variable that its generic method returns. */
  public enum TypeVariableUse {
    /** The parameter's type is the variable itself: {@code T value}. */
    IS_IT,
    /** The variable appears inside the parameter's type: {@code List<T>}, {@code T[]}, {@code Supplier<T>}. */
    CONTAINS_IT,
    /** The parameter's type does not mention it. */
    NONE
  }

  /**
   * The argument a method must give back, judged by its declared types alone: a method generic in
   * {@code T} that returns {@code T} and takes exactly one parameter of type {@code T}, no other
   * parameter mentioning {@code T} ({@code static <T> T checkNotNull(T value, String message, Object...
   * args)}), can only return that argument, {@code null}, or what an unchecked cast made. Every
   * library's null check has this shape (the JDK's {@code requireNonNull}, Guava's, Apache SSHD's and
   * commons-lang's {@code Validate.notNull}), so none needs to be listed. A type variable of the class
   * ({@code AtomicReference<V>.getAndSet(V)}, which returns the old value) does not count: the front
   * ends pass only a variable the method itself declares.
   *
   * @param parameters for each parameter, how its type uses the returned type variable
   * @return the index of that parameter, or -1
   */
  public static int argumentReturned(List<TypeVariableUse> parameters) {
    int returned = -1;
    for (int i = 0; i < parameters.size(); i++) {
      switch (parameters.get(i)) {
        case IS_IT -> {
          if (returned >= 0) {
            return -1; // firstNonNull(T first, T second): either may come back
          }
          returned = i;
        }
        case CONTAINS_IT -> {
          return -1; // requireNonNullElseGet(T value, Supplier<T> other): another T may come back
        }
        case NONE -> {}
      }
    }
    return returned;
  }

  /** True if the static method {@code owner#method} returns its first argument. */
  public static boolean returnsFirstArgument(String owner, String method) {
    return RETURN_FIRST_ARGUMENT.contains(owner + "#" + method);
  }
}
