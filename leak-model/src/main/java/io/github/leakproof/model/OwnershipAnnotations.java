package io.github.leakproof.model;

/**
 * The Checker Framework's ownership annotations ({@code checker-qual}), which both front ends honour
 * instead of inventing their own.
 */
public final class OwnershipAnnotations {
  /** On a parameter or field: whoever receives the object takes over closing it. */
  public static final String OWNING = "org.checkerframework.checker.mustcall.qual.Owning";

  /** On a method: its result is borrowed, the caller need not close it. */
  public static final String NOT_OWNING = "org.checkerframework.checker.mustcall.qual.NotOwning";

  /** On a type: its instances must have the named methods called — a resource. */
  public static final String MUST_CALL = "org.checkerframework.checker.mustcall.qual.MustCall";

  /**
   * On a parameter and the result (of a method or constructor): the result stands for the argument —
   * releasing the one releases the other (a wrapper, a decorator).
   */
  public static final String MUST_CALL_ALIAS = "org.checkerframework.checker.mustcall.qual.MustCallAlias";

  /** On a method: after it returns, the named methods have been called on the named expressions. */
  public static final String ENSURES_CALLED_METHODS =
      "org.checkerframework.checker.calledmethods.qual.EnsuresCalledMethods";

  /** Error Prone's own contract: callers of such a method must close the result, checked by Error Prone. */
  public static final String MUST_BE_CLOSED = "com.google.errorprone.annotations.MustBeClosed";

  /** Lombok's {@code @Cleanup} on a local: Lombok closes it at the end of the scope. */
  public static final String LOMBOK_CLEANUP = "lombok.Cleanup";

  private OwnershipAnnotations() {}
}
