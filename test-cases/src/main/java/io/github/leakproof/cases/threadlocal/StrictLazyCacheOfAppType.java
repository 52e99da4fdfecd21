// OPTIONS: Leakproof:Strict=threadlocal-caches
package io.github.leakproof.cases.threadlocal;

/** Positive in strict mode only: a cache filled on first use holds an application object. */
public final class StrictLazyCacheOfAppType {
  /** An application class. */
  static final class Encoder {
    byte[] encode(String text) {
      return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<Encoder> ENCODER = new ThreadLocal<>();

  private StrictLazyCacheOfAppType() {}

  static byte[] encode(String text) {
    Encoder encoder = ENCODER.get();
    if (encoder == null) {
      encoder = new Encoder();
      ENCODER.set(encoder);
    }
    return encoder.encode(text);
  }
}
