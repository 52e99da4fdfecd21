package io.github.leakproof.cases.threadlocal;

/** Negative: a setter that keeps the value in one of two holders and clears the other. */
public final class SetterSwitchesBetweenTwoHolders {
  private static final ThreadLocal<Object> LOCAL = new ThreadLocal<>();
  private static final InheritableThreadLocal<Object> INHERITABLE = new InheritableThreadLocal<>();

  private SetterSwitchesBetweenTwoHolders() {}

  public static void reset() {
    LOCAL.remove();
    INHERITABLE.remove();
  }

  public static void set(Object attributes, boolean inheritable) {
    if (attributes == null) {
      reset();
    } else if (inheritable) {
      INHERITABLE.set(attributes);
      LOCAL.remove();
    } else {
      LOCAL.set(attributes);
      INHERITABLE.remove();
    }
  }
}
