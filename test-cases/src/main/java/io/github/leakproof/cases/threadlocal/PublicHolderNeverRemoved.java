package io.github.leakproof.cases.threadlocal;

/**
 * Positive: a public holder, set here and removed nowhere in the program. Being public, it could be
 * removed by code outside the program, but no code in it does, and it offers no unbind() or clear():
 * every thread that called bind() keeps its transaction. (Until issue 18 both front ends trusted a
 * public field to be removed elsewhere; on real code such holders were the leaks.) A holder that
 * something in the program removes is silent: PublicHolderRemovedByFilter.
 */
public final class PublicHolderNeverRemoved {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  public static final ThreadLocal<Object> CURRENT_TRANSACTION = new ThreadLocal<>();

  private PublicHolderNeverRemoved() {}

  public static void bind(Object transaction) {
    CURRENT_TRANSACTION.set(transaction);
  }
}
