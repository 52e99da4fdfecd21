package io.github.leakproof.cases.innerclass;

import java.util.function.Supplier;

/** Positive: an anonymous Supplier that names its outer instance explicitly (Outer.this), stored statically. */
public class OuterThisInAnonymousClass {
  static Supplier<Object> lastOwner;

  public void remember() {
    // BUG: Diagnostic contains: anonymous
    lastOwner = new Supplier<Object>() {
      @Override
      public Object get() {
        return OuterThisInAnonymousClass.this;
      }
    };
  }
}
