// OPTIONS: Leakproof:Strict=memo-caches
package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/**
 * Positive with {@code Leakproof:Strict=memo-caches}: avatars rendered once per user id, looked up and put
 * by hand — a memo cache keyed by every user the server ever meets.
 */
public final class StrictMemoGetNullPut {
  // BUG: Diagnostic contains: AVATARS
  private static final Map<String, byte[]> AVATARS = new HashMap<>();

  private StrictMemoGetNullPut() {}

  public static synchronized byte[] avatarOf(String userId) {
    byte[] avatar = AVATARS.get(userId);
    if (avatar == null) {
      avatar = new byte[userId.length() * 64];
      AVATARS.put(userId, avatar);
    }
    return avatar;
  }
}
