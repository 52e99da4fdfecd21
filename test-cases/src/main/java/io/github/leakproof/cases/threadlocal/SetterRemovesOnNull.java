package io.github.leakproof.cases.threadlocal;

/** Negative: a context-holder setter that removes when given null (Spring/logback style). */
public final class SetterRemovesOnNull {
  private static final ThreadLocal<Object> CONTEXT = new ThreadLocal<>();

  private SetterRemovesOnNull() {}

  public static void setContext(Object context) {
    if (context == null) {
      CONTEXT.remove();
    } else {
      CONTEXT.set(context);
    }
  }

  public static Object getContext() {
    return CONTEXT.get();
  }
}
