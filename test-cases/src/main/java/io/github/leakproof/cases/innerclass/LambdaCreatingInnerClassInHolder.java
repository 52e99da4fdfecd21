package io.github.leakproof.cases.innerclass;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Positive: the lambda names no field, but it creates an inner class of its outer class, which needs
 * the outer instance: the lambda captures this.
 */
public class LambdaCreatingInnerClassInHolder {
  static final AtomicReference<Supplier<Object>> FACTORY = new AtomicReference<>();

  private final String name = "cursor";

  public void publishFactory() {
    // BUG: Diagnostic contains: lambda
    FACTORY.set(() -> new Cursor());
  }

  class Cursor {
    @Override
    public String toString() {
      return name;
    }
  }
}
