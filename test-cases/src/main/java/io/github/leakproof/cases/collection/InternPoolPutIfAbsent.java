package io.github.leakproof.cases.collection;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Positive: a hand-rolled intern pool for strings read from the network: unbounded input, kept forever. */
public final class InternPoolPutIfAbsent {
  // BUG: Diagnostic contains: putIfAbsent
  private static final ConcurrentMap<String, String> POOL = new ConcurrentHashMap<>();

  private InternPoolPutIfAbsent() {}

  public static String intern(String value) {
    String previous = POOL.putIfAbsent(value, value);
    return previous != null ? previous : value;
  }
}
