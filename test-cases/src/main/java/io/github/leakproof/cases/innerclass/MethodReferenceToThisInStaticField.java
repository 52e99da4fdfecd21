package io.github.leakproof.cases.innerclass;

import java.util.function.Consumer;

/** Positive: a method reference this::log bound into a static hook keeps the whole editor alive. */
public class MethodReferenceToThisInStaticField {
  static Consumer<String> auditHook;

  private final StringBuilder history = new StringBuilder();

  public void install() {
    // BUG: Diagnostic contains: reference
    auditHook = this::log;
  }

  private void log(String event) {
    history.append(event).append('\n');
  }
}
