package io.github.leakproof.cases.threadlocal;

/**
 * Positive: a cache filled on first use holds an application object, and nothing removes it: each
 * pooled thread keeps an Encoder and the application's class loader.
 */
public final class LazyCacheOfAppType {
  /** An application class. */
  static final class Encoder {
    byte[] encode(String text) {
      return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<Encoder> ENCODER = new ThreadLocal<>();

  private LazyCacheOfAppType() {}

  static byte[] encode(String text) {
    Encoder encoder = ENCODER.get();
    if (encoder == null) {
      encoder = new Encoder();
      ENCODER.set(encoder);
    }
    return encoder.encode(text);
  }
}
