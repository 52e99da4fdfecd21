package io.github.leakproof.cases.innerclass;

import java.util.function.IntSupplier;

/** Positive: a constructor publishes an anonymous class calling an instance method into a static field. */
public class InnerClassMethodCallInConstructor {
  static IntSupplier lastCounter;

  private int count;

  public InnerClassMethodCallInConstructor() {
    // BUG: Diagnostic contains: InnerClassLeaksOuter
    lastCounter = new IntSupplier() {
      @Override
      public int getAsInt() {
        return next();
      }
    };
  }

  private int next() {
    return ++count;
  }
}
