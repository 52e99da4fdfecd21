package io.github.leakproof.cases.threadlocal;

/** Negative: a setter-style holder API whose clear() the framework calls at the end of a request. */
public final class RemoveInClearMethod {
  private static final ThreadLocal<Object> LOCALE = new ThreadLocal<>();

  private RemoveInClearMethod() {}

  public static void setLocale(Object locale) {
    LOCALE.set(locale);
  }

  public static Object getLocale() {
    return LOCALE.get();
  }

  public static void clear() {
    LOCALE.remove();
  }
}
