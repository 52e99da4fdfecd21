// OPTIONS: Leakproof:Strict=threadlocal-entries
package io.github.leakproof.cases.threadlocal;

import java.text.SimpleDateFormat;
import java.util.Stack;

/**
 * Positive with Strict=threadlocal-entries only: thread-locals that leave an entry on each thread
 * that used them, though none pins a class loader — a switch reset in a finally, a holder cleared
 * with set(null), a per-thread Stack of strings, a cache of a JDK formatter. An application server
 * lists each such entry at undeploy; only remove() deletes it. Silent by default (ReentrancyGuardFlag,
 * ClearWithSetNull, PerThreadStackOfStrings, WithInitialCacheOnlyRead).
 */
public final class EntriesOfJdkValues {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<Boolean> IN_CALLBACK = new ThreadLocal<>();

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<String> USER = new ThreadLocal<>();

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<Stack<String>> RESOLVING = ThreadLocal.withInitial(Stack::new);

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<SimpleDateFormat> FORMAT =
      ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));

  // Removed: no entry stays.
  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  private EntriesOfJdkValues() {}

  static void callback(Runnable body) {
    IN_CALLBACK.set(Boolean.TRUE);
    try {
      body.run();
    } finally {
      IN_CALLBACK.set(Boolean.FALSE);
    }
  }

  static void asUser(String user, Runnable body) {
    USER.set(user);
    try {
      body.run();
    } finally {
      USER.set(null);
    }
  }

  static void asTenant(String tenant, Runnable body) {
    TENANT.set(tenant);
    try {
      body.run();
    } finally {
      TENANT.remove();
    }
  }

  static String describe(String name, java.util.Date date) {
    RESOLVING.get().push(name);
    try {
      return name + FORMAT.get().format(date);
    } finally {
      RESOLVING.get().pop();
    }
  }
}
