// OPTIONS: Leakproof:Strict=threadlocal-caches
package io.github.leakproof.cases.threadlocal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.SimpleDateFormat;

/**
 * Negative even with Strict=threadlocal-caches: caches of the JDK's own value types hold nothing of
 * the application and cannot pin its class loader (Strict=threadlocal-entries reports them:
 * EntriesOfJdkValues).
 */
public final class StrictJdkValueCaches {
  private static final ThreadLocal<SimpleDateFormat> FORMAT =
      ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));

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

  private static final ThreadLocal<StringBuilder> BUILDER = new ThreadLocal<>();

  private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[4096]);

  private StrictJdkValueCaches() {}

  static String stamp(java.util.Date date, byte[] data) {
    StringBuilder sb = BUILDER.get();
    if (sb == null) {
      sb = new StringBuilder();
      BUILDER.set(sb);
    }
    sb.setLength(0);
    byte[] scratch = BYTES.get();
    return sb.append(FORMAT.get().format(date)).append(SHA256.get().digest(data).length).append(scratch.length).toString();
  }
}
