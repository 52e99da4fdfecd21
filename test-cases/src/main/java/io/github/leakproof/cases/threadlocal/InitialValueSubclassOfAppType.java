package io.github.leakproof.cases.threadlocal;

/**
 * Positive: a subclass overriding initialValue() is a per-thread cache too, and its Tokenizer pins
 * the application's class loader on every pooled thread.
 */
public final class InitialValueSubclassOfAppType {
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

  private InitialValueSubclassOfAppType() {}

  public static String[] split(String text) {
    return TOKENIZER.get().split(text);
  }
}
