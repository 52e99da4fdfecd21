// OPTIONS: Leakproof:Strict=all
package io.github.leakproof.cases.threadlocal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Positive in strict mode only: a subclass overriding initialValue() is a per-thread cache too. */
public final class StrictInitialValueSubclass {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<MessageDigest> SHA256 =
      new ThreadLocal<MessageDigest>() {
        @Override
        protected MessageDigest initialValue() {
          try {
            return MessageDigest.getInstance("SHA-256");
          } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
          }
        }
      };

  private StrictInitialValueSubclass() {}

  public static byte[] digest(byte[] data) {
    return SHA256.get().digest(data);
  }
}
