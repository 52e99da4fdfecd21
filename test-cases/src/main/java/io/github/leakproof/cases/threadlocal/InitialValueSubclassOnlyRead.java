package io.github.leakproof.cases.threadlocal;

import java.util.Random;

/** Negative by default: an initialValue() subclass used as a per-thread cache, only read. */
public final class InitialValueSubclassOnlyRead {
  private static final ThreadLocal<Random> RANDOM =
      new ThreadLocal<Random>() {
        @Override
        protected Random initialValue() {
          return new Random();
        }
      };

  private InitialValueSubclassOnlyRead() {}

  public static int roll() {
    return RANDOM.get().nextInt(6) + 1;
  }
}
