package io.github.leakproof.cases.threadlocal;

/**
 * Negative: a public holder of a library, set here; the applications that use the library clear it
 * (they are not in the analysed code), so neither front end can know it is never removed.
 */
public final class PublicHolderSetHere {
  public static final ThreadLocal<Object> CURRENT_TRANSACTION = new ThreadLocal<>();

  private PublicHolderSetHere() {}

  public static void bind(Object transaction) {
    CURRENT_TRANSACTION.set(transaction);
  }
}
