package io.github.leakproof.model;

/** The findings' wording, shared so that both front ends say the same thing. */
public final class ThreadLocalMessages {
  private ThreadLocalMessages() {}

  /** Rule 1: a thread-local given a value that nothing removes. */
  public static String neverRemoved(String name, int firstSetLine) {
    return neverRemoved(name, "line " + firstSetLine);
  }

  /** Rule 1, with where the value is first given: {@code line 11}, or {@code Filter.java line 11}. */
  public static String neverRemoved(String name, String firstSet) {
    return String.format(
        "'%s' is given a value (%s) but never removed: every pooled thread that runs that code"
            + " keeps the value, and its class loader, alive. Call %s.remove() in a finally block when"
            + " the work is done, or in a clear()/close() method.",
        name, firstSet, name);
  }

  /** Rule 2: set and removed in one method, but an exception or early exit skips the removal. */
  public static String notRemovedOnEveryPath(String name, String whatSkipsTheRemoval) {
    return String.format(
        "'%s' is set here and removed later, but not in a finally: %s, the value stays on this pooled"
            + " thread. Put the work after set() in try { … } finally { %s.remove(); }.",
        name, whatSkipsTheRemoval, name);
  }

  /** What skips the removal when the first call after the set is {@code call}. */
  public static String ifThrows(String call) {
    return "if " + call + "(…) throws";
  }

  /** What skips the removal when no single call can be named. */
  public static String exceptionOrEarlyExit() {
    return "on an exception or early exit before the remove()";
  }

  /** Strict mode: a per-thread cache whose values are never removed. */
  public static String cacheNeverRemoved(String name) {
    return String.format(
        "'%s' gives every thread its own value that is never removed: pooled threads keep it, and on"
            + " an application server its class loader, alive. Call %s.remove() when a thread's work"
            + " ends, or suppress if a per-thread cache is intended.",
        name, name);
  }

  /**
   * A value that pins the application's class loader, never removed.
   *
   * @param value how the value's type reads ({@code ScriptRunner}, {@code Map<String, Handler>})
   * @param pinningClass the class whose loader it keeps ({@code Handler}), or null if {@code value} is it
   * @param method the method that gave or read the value, or null
   */
  public static String pinsClassLoader(String name, String value, String pinningClass, String method) {
    String loader =
        pinningClass == null || pinningClass.equals(value) ? "its class loader" : "the class loader of " + pinningClass;
    return String.format(
        "'%s' keeps an instance of %s, and %s, on every pooled thread that %s, and nothing removes it:"
            + " in a web application this leaks the application on redeploy. Call %s.remove() when the"
            + " thread's work ends (in the finally of the request or task that used it), or keep the value"
            + " elsewhere.",
        name, value, loader, method == null ? "used it" : "called " + method + "()", name);
  }

  /** Strict entries: an entry left on the thread that pins nothing, but that a container lists at undeploy. */
  public static String entryLeft(String name) {
    return String.format(
        "'%s' is never removed: every thread that used it keeps its entry. Its value pins no class loader,"
            + " but an application server lists the entry at undeploy, and set(null) or a reset keeps the"
            + " entry. Call %s.remove() when the work is done (reported with Leakproof:Strict=threadlocal-entries).",
        name, name);
  }
}
