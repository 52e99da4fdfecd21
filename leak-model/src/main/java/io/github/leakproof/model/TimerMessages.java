package io.github.leakproof.model;

/** The texts of {@code TimerNotStopped} findings, the same in both front ends. */
public final class TimerMessages {
  private TimerMessages() {}

  /** A timer or scheduled pool made in a method and left running on some path. */
  public static String notStopped(String timer, int exitLine) {
    String where = exitLine > 0 ? " on the path leaving the method at line " + exitLine : "";
    return timer + " is never stopped" + where
        + ": its thread and every task it holds stay alive; " + howToStop(timer) + " in a finally block";
  }

  /** A timer ({@code timer}) or scheduled-pool field that nothing in its class stops. */
  public static String fieldNeverStopped(String field, boolean timer) {
    String what = timer ? "Timer" : "scheduled pool";
    String stop = timer ? "cancel()" : "shutdown()/close()";
    return what + " in field " + field + " is never stopped: nothing in this class calls " + stop
        + " on it, so its thread and tasks outlive the object; stop it in the class's close/stop method";
  }

  /** A timer or scheduled-pool field given a new one while the old one still runs. */
  public static String fieldReplaced(String field) {
    return "field " + field + " is given a new timer or scheduled pool without stopping the one it held:"
        + " the old one's thread and tasks keep running; stop it first";
  }

  /**
   * A periodic task whose handle is dropped, scheduled by an object with a lifecycle end that cannot
   * cancel it.
   *
   * @param call the scheduling call, e.g. {@code scheduleAtFixedRate}
   * @param lifecycleEnd the name of the class's lifecycle end, e.g. {@code close}
   */
  public static String periodicTaskNeverCancelled(String call, String lifecycleEnd) {
    return "periodic task from " + call + " is never cancelled: its handle is dropped, so " + lifecycleEnd
        + "() cannot stop it and the task, with everything it captures, runs for as long as the scheduler;"
        + " keep the ScheduledFuture (or TimerTask) and cancel it in " + lifecycleEnd + "()";
  }

  private static String howToStop(String timer) {
    return timer.endsWith("Timer") ? "call cancel()" : "call shutdown()";
  }
}
