package io.github.leakproof.errorprone.common;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import java.util.List;

/**
 * A class's members, read safely: none for a class the compiler could not complete (missing from the
 * class path, or only partly read), for which {@code getEnclosedElements()} would throw.
 */
public final class Members {
  private Members() {}

  public static List<Symbol> of(Symbol type) {
    if (type == null) {
      return List.of();
    }
    try {
      return type.members() == null ? List.of() : type.getEnclosedElements();
    } catch (CompletionFailure missing) {
      return List.of();
    }
  }
}
