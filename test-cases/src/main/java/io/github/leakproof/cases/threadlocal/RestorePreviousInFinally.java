package io.github.leakproof.cases.threadlocal;

import java.util.function.Supplier;

/** Negative: nested scopes put back the previous value (null at the outermost level). */
public final class RestorePreviousInFinally {
  private static final ThreadLocal<String> SCOPE = new ThreadLocal<>();

  private RestorePreviousInFinally() {}

  public static <T> T inScope(String scope, Supplier<T> body) {
    String previous = SCOPE.get();
    SCOPE.set(scope);
    try {
      return body.get();
    } finally {
      SCOPE.set(previous);
    }
  }
}
