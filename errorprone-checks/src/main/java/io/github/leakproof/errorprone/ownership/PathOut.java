package io.github.leakproof.errorprone.ownership;

/**
 * A way out of the method taken while an obligation was still open: the evidence a finding reports.
 *
 * @param how what leaves the method
 * @param what the call that throws, or empty
 * @param line the source line, or 0 when unknown
 */
public record PathOut(How how, String what, int line) {
  /** How control leaves the method. */
  public enum How {
    /** A call that declares a checked exception throws it. */
    CALL_THROWS,
    /** A {@code throw} statement. */
    THROW,
    /** A {@code return} statement. */
    RETURN,
    /** The same expression acquires again (the next pass of a loop) while this one is open. */
    REACQUIRED
  }

  /** True for the exceptional ways out. */
  public boolean isExceptional() {
    return how == How.CALL_THROWS || how == How.THROW;
  }
}
