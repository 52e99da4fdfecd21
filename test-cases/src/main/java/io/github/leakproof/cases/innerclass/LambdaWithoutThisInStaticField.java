package io.github.leakproof.cases.innerclass;

import java.util.function.Supplier;

/** Negative: the lambda copies the value it needs into a local first: it captures the string, not this. */
public class LambdaWithoutThisInStaticField {
  static Supplier<String> currentUser;

  private final String user;

  public LambdaWithoutThisInStaticField(String user) {
    this.user = user;
  }

  public void activate() {
    String name = user;
    currentUser = () -> name;
  }
}
