package io.github.leakproof.cases.innerclass;

import java.util.function.Consumer;

/** Negative: sink::append binds the field's value when it is made; the reference holds the builder, not this. */
public class MethodReferenceOnFieldValue {
  static Consumer<String> auditHook;

  private final StringBuilder sink = new StringBuilder();

  public void install() {
    auditHook = sink::append;
  }
}
