package io.github.leakproof.model;

/**
 * Code that runs once per application, and objects that live as long as it. A timer or pool made there,
 * or kept by such an object, is meant to live as long as the application, like one in a static field:
 * judged only with {@code Strict=static-timers} or {@code static-executors}.
 */
public final class ApplicationLifetime {
  private ApplicationLifetime() {}

  /**
   * True for a class whose instances live as long as the application: only the class itself can make
   * one (every constructor is private; an enum's are) and it keeps one in a static field of its own type
   * (an {@code INSTANCE} constant, a lazily filled {@code instance}, an enum constant). Its constructor
   * runs once per application, and its instance fields live as long as a static field would.
   */
  public static boolean isSingleton(boolean everyConstructorPrivate, boolean keepsAnInstanceInStaticField) {
    return everyConstructorPrivate && keepsAnInstanceInStaticField;
  }
}
