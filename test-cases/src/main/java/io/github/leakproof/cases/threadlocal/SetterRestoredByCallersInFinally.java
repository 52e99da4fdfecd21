// COMPILE-WITH: SetterRestoredByCallersInFinallyFilter.java
package io.github.leakproof.cases.threadlocal;

/**
 * Negative: a setter-style holder API (static set/get, no clear()), whose callers put the previous
 * value back, or null, in a finally (SetterRestoredByCallersInFinallyFilter). The holder itself never
 * removes its field, but every value it is given is taken off again by the code that gave it: the
 * setter's calls in a finally count as the removal.
 */
public final class SetterRestoredByCallersInFinally {
  /** The application's request context. */
  public static final class RequestContext {
    final String user;

    public RequestContext(String user) {
      this.user = user;
    }
  }

  private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

  private SetterRestoredByCallersInFinally() {}

  public static void set(RequestContext context) {
    CURRENT.set(context);
  }

  public static RequestContext get() {
    return CURRENT.get();
  }
}
