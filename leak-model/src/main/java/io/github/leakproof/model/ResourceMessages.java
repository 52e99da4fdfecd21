package io.github.leakproof.model;

/** The texts of resource and executor findings, the same in both front ends. */
public final class ResourceMessages {
  private ResourceMessages() {}

  /**
   * The message for a resource left open, chosen the same way by both front ends: reopened by a loop;
   * else, when it leaks only by an exception, the call that throws (or the {@code throw}); else the
   * return it leaks through.
   *
   * @param throwingCall the call that throws, e.g. {@code read()}, or null for a {@code throw} statement
   * @param exceptionLine the line of that call or {@code throw}, or 0
   * @param returnLine the line of the return it leaks through, or 0 (the end of the method)
   */
  public static String notClosed(
      String resource, boolean reopened, boolean onNormalPath, String throwingCall, int exceptionLine,
      int returnLine) {
    if (reopened) {
      return notClosedBeforeReopened(resource);
    }
    if (!onNormalPath && throwingCall != null) {
      return notClosedOnException(resource, throwingCall + (exceptionLine > 0 ? " at line " + exceptionLine : ""));
    }
    if (!onNormalPath && exceptionLine > 0) {
      return notClosedOnThrow(resource, exceptionLine);
    }
    return notClosedOnSomePath(resource, returnLine);
  }

  /** A resource left open when {@code throwingCall} throws. */
  public static String notClosedOnException(String resource, String throwingCall) {
    return resource + " is not closed if " + throwingCall
        + " throws: open it in try-with-resources (or close it in a finally block)";
  }

  /** A resource left open when a {@code throw} statement leaves the method. */
  public static String notClosedOnThrow(String resource, int line) {
    String where = line > 0 ? " at line " + line : "";
    return resource + " is not closed when the exception thrown" + where
        + " leaves the method: open it in try-with-resources (or close it in a finally block)";
  }

  /** A resource left open on a normal path out of the method. */
  public static String notClosedOnSomePath(String resource, int exitLine) {
    String where = exitLine > 0 ? " on the path leaving the method at line " + exitLine : " on some path";
    return resource + " is not closed" + where + ": open it in try-with-resources";
  }

  /** A resource opened again by the same expression (a loop) while the previous one is still open. */
  public static String notClosedBeforeReopened(String resource) {
    return resource + " opened here is not closed before the next pass opens another one:"
        + " open and close it inside the loop with try-with-resources";
  }

  /** A local pool never shut down on some path. */
  public static String poolNotShutDown(String pool, int exitLine) {
    String where = exitLine > 0 ? " on the path leaving the method at line " + exitLine : "";
    return pool + " is never shut down" + where
        + ": its threads stay alive with everything they reference; call shutdown() in a finally block"
        + " or use try-with-resources (JDK 19+)";
  }

  /** A pool field never shut down anywhere in its class. */
  public static String poolFieldNeverShutDown(String field) {
    return "thread pool in field " + field
        + " is never shut down: nothing in this class calls shutdown()/close() on it, so its threads"
        + " outlive the object; shut it down in the class's close/stop method";
  }

  /** A pool field given a new pool while the old one is still running. */
  public static String poolFieldReplaced(String field) {
    return "field " + field + " is given a new thread pool without shutting down the one it held:"
        + " the old pool's threads keep running; shut it down first";
  }
}
