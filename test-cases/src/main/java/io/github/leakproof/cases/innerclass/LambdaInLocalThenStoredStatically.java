package io.github.leakproof.cases.innerclass;

/** Positive: the capturing lambda goes through a local variable before it lands in the static field. */
public class LambdaInLocalThenStoredStatically {
  static Runnable onIdle;

  private final StringBuilder screen = new StringBuilder();

  public void arm() {
    // BUG: Diagnostic contains: lambda
    Runnable refresher = () -> screen.setLength(0);
    onIdle = refresher;
  }
}
