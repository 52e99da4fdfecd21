// OPTIONS: Leakproof:Strict=memo-caches
package io.github.leakproof.cases.collection;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Positive with {@code Leakproof:Strict=memo-caches}: a hand-rolled intern pool for strings read from the network: unbounded input, kept forever. */
public final class StrictInternPoolPutIfAbsent {
  // BUG: Diagnostic contains: putIfAbsent
  private static final ConcurrentMap<String, String> POOL = new ConcurrentHashMap<>();

  private StrictInternPoolPutIfAbsent() {}

  public static String intern(String value) {
    String previous = POOL.putIfAbsent(value, value);
    return previous != null ? previous : value;
  }
}
