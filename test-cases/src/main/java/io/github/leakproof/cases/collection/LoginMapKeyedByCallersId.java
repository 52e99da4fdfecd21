package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/**
 * Positive: every login puts the caller's session id and user name, both the method's own parameters, and
 * nothing removes them. The value is data, not a strategy: the keys are the callers' sessions, without bound.
 */
public final class LoginMapKeyedByCallersId {
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final Map<String, String> ACTIVE = new HashMap<>();

  private LoginMapKeyedByCallersId() {}

  public static void login(String sessionId, String user) {
    ACTIVE.put(sessionId, user);
  }

  public static String userOf(String sessionId) {
    return ACTIVE.get(sessionId);
  }
}
