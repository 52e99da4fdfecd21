package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/** Positive: the enum-singleton idiom holding a map that each call adds to: the enum constant lives forever. */
public enum EnumSingletonWithMap {
  INSTANCE;

  // BUG: Diagnostic contains: enum
  private final Map<String, Long> lastSeen = new HashMap<>();

  public synchronized void seen(String clientId) {
    lastSeen.put(clientId, System.currentTimeMillis());
  }

  public synchronized Long lastSeen(String clientId) {
    return lastSeen.get(clientId);
  }
}
