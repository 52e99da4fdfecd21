package io.github.leakproof.model;

/** The findings' wording for {@code InnerClassLeaksOuter}, shared so that both front ends say the same thing. */
public final class InnerClassMessages {
  private static final String FIX =
      "make it a static nested class and pass what it needs explicitly (or hold the outer instance in a"
          + " WeakReference)";

  private InnerClassMessages() {}

  /** What captures the enclosing instance, as the messages name it. */
  public enum Capturer {
    ANONYMOUS_CLASS("an anonymous class"),
    INNER_CLASS("an instance of inner class %s"),
    LAMBDA("a lambda that uses this"),
    METHOD_REFERENCE("a method reference to this"),
    DOUBLE_BRACE("a double-brace initialised %s (an anonymous subclass)");

    private final String text;

    Capturer(String text) {
      this.text = text;
    }

    /** The capturer's description; {@code name} fills in the class named by inner classes and double braces. */
    public String describe(String name) {
      return String.format(text, name);
    }
  }

  /** Stored in a static field. */
  public static String storedInStaticField(String capturer, String outer, String field) {
    return String.format(
        "%s captures the enclosing %s instance and is stored in static field %s, so that instance can never be"
            + " garbage-collected; %s",
        capitalised(capturer), outer, field, FIX);
  }

  /** Handed to a registry or holder that lives as long as the application. */
  public static String keptByLongLivedReceiver(String capturer, String outer, String receiver, String method) {
    return String.format(
        "%s captures the enclosing %s instance and is kept by %s.%s(…), which lives as long as the application, so"
            + " that instance can never be garbage-collected; %s",
        capitalised(capturer), outer, receiver, method, FIX);
  }

  /** Scheduled periodically on a shared scheduler, by a class without a lifecycle end that could cancel it. */
  public static String periodicOnSharedScheduler(String capturer, String outer, String scheduler, String method) {
    return String.format(
        "%s captures the enclosing %s instance and runs periodically on the shared scheduler %s (%s), which keeps it,"
            + " and that instance, alive for good; cancel the task when the instance is done with, or %s",
        capitalised(capturer), outer, scheduler, method, FIX);
  }

  /** Runs in a started thread whose run loop never ends. */
  public static String runsInEndlessThread(String capturer, String outer) {
    return String.format(
        "%s captures the enclosing %s instance and runs in a started thread whose loop never ends, so that"
            + " instance can never be garbage-collected; give the loop a way to stop (a flag, or interrupt the"
            + " thread when the instance is closed), or %s",
        capitalised(capturer), outer, FIX);
  }

  /** Double-brace initialisation returned from a public method. */
  public static String doubleBraceReturned(String capturer, String outer, String method) {
    return String.format(
        "%s captures the enclosing %s instance and is returned by public method %s(), so every caller that keeps the"
            + " result keeps that instance alive; build the collection normally (or with Map.of/List.of)"
            + " instead",
        capitalised(capturer), outer, method);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
