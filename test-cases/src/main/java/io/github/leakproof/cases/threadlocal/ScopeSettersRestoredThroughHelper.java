// COMPILE-WITH: ScopeSettersRestoredThroughHelperImporter.java
package io.github.leakproof.cases.threadlocal;

/**
 * Negative: per-thread settings of a build-file parser (the prefix of imported names and its
 * separator), each behind a public static setter and never removed here. The one caller,
 * ScopeSettersRestoredThroughHelperImporter, sets both through a private helper and calls the same
 * helper again in a finally with the values it read before: a method that passes its own parameter on
 * to a setter is a setter too, so that call in the finally is the removal. Found in Ant's ProjectHelper,
 * restored by ImportTask.
 */
public final class ScopeSettersRestoredThroughHelper {
  private static final ThreadLocal<String> PREFIX = new ThreadLocal<>();
  private static final ThreadLocal<String> SEPARATOR = ThreadLocal.withInitial(() -> ".");

  private ScopeSettersRestoredThroughHelper() {}

  public static String prefix() {
    return PREFIX.get();
  }

  public static void setPrefix(String prefix) {
    PREFIX.set(prefix);
  }

  public static String separator() {
    return SEPARATOR.get();
  }

  public static void setSeparator(String separator) {
    SEPARATOR.set(separator);
  }
}
