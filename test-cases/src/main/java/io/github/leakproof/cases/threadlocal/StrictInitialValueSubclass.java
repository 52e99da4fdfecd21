// OPTIONS: Leakproof:Strict=all
package io.github.leakproof.cases.threadlocal;

/** Positive in strict mode only: a subclass overriding initialValue() is a per-thread cache too. */
public final class StrictInitialValueSubclass {
  /** An application class. */
  static final class Tokenizer {
    String[] split(String text) {
      return text.split(",");
    }
  }

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<Tokenizer> TOKENIZER =
      new ThreadLocal<Tokenizer>() {
        @Override
        protected Tokenizer initialValue() {
          return new Tokenizer();
        }
      };

  private StrictInitialValueSubclass() {}

  public static String[] split(String text) {
    return TOKENIZER.get().split(text);
  }
}
