package io.github.leakproof.cases.innerclass;

/**
 * Negative: the anonymous class uses nothing of its outer instance; since JDK 18 javac gives it no
 * this$0, so the static field holds only the Runnable ("could be static" is not a leak).
 */
public class AnonymousClassUsingNoOuterMember {
  static Runnable beforeExit;

  public void flushOnExit(StringBuilder log) {
    beforeExit = new Runnable() {
      private int runs;

      @Override
      public void run() {
        runs++;
        System.out.print(log.append(runs));
      }
    };
  }
}
