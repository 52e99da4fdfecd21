package io.github.leakproof.cases.threadlocal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Negative by default: a per-thread cache of the last encoder used, made again when it is missing or
 * for another charset (found in jsoup's {@code Entities}). Both branches fill a cache; its value is a
 * JDK {@code CharsetEncoder}, which pins no class loader, so only {@code
 * Leakproof:Strict=threadlocal-entries} reports it.
 */
public final class LastUsedEncoderPerThread {
  private static final ThreadLocal<CharsetEncoder> LAST_ENCODER = new ThreadLocal<>();

  private LastUsedEncoderPerThread() {}

  public static boolean canEncode(Charset charset, char c) {
    CharsetEncoder encoder = LAST_ENCODER.get();
    if (encoder == null || !encoder.charset().equals(charset)) {
      encoder = charset.newEncoder();
      LAST_ENCODER.set(encoder);
    }
    return encoder.canEncode(c);
  }
}
