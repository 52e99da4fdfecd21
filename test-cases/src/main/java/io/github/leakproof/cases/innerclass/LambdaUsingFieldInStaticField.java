package io.github.leakproof.cases.innerclass;

import java.util.function.Supplier;

/** Positive: a lambda reading an instance field captures this; published in a static field it pins the session. */
public class LambdaUsingFieldInStaticField {
  static Supplier<String> currentUser;

  private final String user;
  private final byte[] cache = new byte[1 << 20];

  public LambdaUsingFieldInStaticField(String user) {
    this.user = user;
  }

  public void activate() {
    // BUG: Diagnostic contains: InnerClassLeaksOuter
    currentUser = () -> user;
  }

  public int cacheSize() {
    return cache.length;
  }
}
