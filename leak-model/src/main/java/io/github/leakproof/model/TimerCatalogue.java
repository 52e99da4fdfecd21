package io.github.leakproof.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Timers and scheduled pools, what starts a periodic task, and what stops them (for {@code
 * TimerNotStopped}). A {@code java.util.Timer} thread, a scheduled pool's threads, and a periodic task
 * with everything it captures live until cancelled or shut down. Names follow {@link
 * ResourceCatalogue}'s conventions; scheduled pools themselves are recognised by {@link
 * ExecutorCatalogue}.
 */
public final class TimerCatalogue {
  /** The JDK timer: a thread per instance, released by {@code cancel()}. */
  public static final String TIMER = "java.util.Timer";

  private static final String SCHEDULED_EXECUTOR_SERVICE = "java.util.concurrent.ScheduledExecutorService";

  /** Calls on a timer or scheduled pool that stop it. */
  private static final Set<String> STOPS = Set.of("cancel", "shutdown", "shutdownNow", "close");

  /** Calls that start a task that runs again and again, whatever their arguments. */
  private static final Set<String> PERIODIC = Set.of("scheduleAtFixedRate", "scheduleWithFixedDelay");

  /**
   * Names of the methods that end an object's life: a periodic task scheduled by an object that has
   * one should be cancelled there.
   */
  private static final Set<String> LIFECYCLE_ENDS =
      Set.of("close", "stop", "shutdown", "dispose", "destroy", "terminate", "release");

  /**
   * Names of the methods that begin an object's active life, paired by a lifecycle framework with its
   * end ({@code doStart}/{@code doStop}, {@code connect}/{@code close}): what they make, the end stops,
   * before they run again.
   */
  private static final Set<String> LIFECYCLE_STARTS =
      Set.of("start", "doStart", "startup", "startUp", "init", "initialize", "open", "activate", "connect");

  /** Annotations that make a method a lifecycle start. */
  private static final Set<String> LIFECYCLE_START_ANNOTATIONS =
      Set.of("javax.annotation.PostConstruct", "jakarta.annotation.PostConstruct");

  /** Annotations that make a method a lifecycle end. */
  private static final Set<String> LIFECYCLE_END_ANNOTATIONS =
      Set.of("javax.annotation.PreDestroy", "jakarta.annotation.PreDestroy");

  private TimerCatalogue() {}

  /** True for {@code java.util.Timer} and its subclasses. */
  public static boolean isTimer(List<String> typeAndSupertypes) {
    return typeAndSupertypes.contains(TIMER);
  }

  /** True for scheduled executor services, whatever created them. */
  public static boolean isScheduledPool(List<String> typeAndSupertypes) {
    return typeAndSupertypes.contains(SCHEDULED_EXECUTOR_SERVICE);
  }

  /** True if calling {@code method} on a timer or scheduled pool stops it. */
  public static boolean stops(String method) {
    return STOPS.contains(method);
  }

  /** True if passing a timer to a method of this name cancels it: {@code cancelTimer(timer)}. */
  public static boolean cancelsArguments(String method) {
    return method.toLowerCase(Locale.ROOT).startsWith("cancel");
  }

  /**
   * True if a call schedules a task that repeats: {@code scheduleAtFixedRate}, {@code
   * scheduleWithFixedDelay}, and {@code Timer.schedule(task, delay, period)} — a {@code schedule} on a
   * timer with three parameters whose last is the period.
   *
   * @param ownerAndSupertypes the receiver's type and supertypes
   * @param parameterTypes the erased parameter types of the overload called
   */
  public static boolean isPeriodic(String method, List<String> ownerAndSupertypes, List<String> parameterTypes) {
    if (!isTimer(ownerAndSupertypes) && !isScheduledPool(ownerAndSupertypes)) {
      return false;
    }
    if (PERIODIC.contains(method)) {
      return true;
    }
    return method.equals("schedule")
        && isTimer(ownerAndSupertypes)
        && parameterTypes.size() == 3
        && parameterTypes.get(2).equals("long");
  }

  /** True for a method that begins its object's active life, by name or by annotation. */
  public static boolean isLifecycleStart(String method, Iterable<String> annotations) {
    if (LIFECYCLE_STARTS.contains(method)) {
      return true;
    }
    for (String annotation : annotations) {
      if (LIFECYCLE_START_ANNOTATIONS.contains(annotation)) {
        return true;
      }
    }
    return false;
  }

  /** True for a method that ends its object's life, by name or by annotation. */
  public static boolean isLifecycleEnd(String method, Iterable<String> annotations) {
    if (LIFECYCLE_ENDS.contains(method)) {
      return true;
    }
    for (String annotation : annotations) {
      if (LIFECYCLE_END_ANNOTATIONS.contains(annotation)) {
        return true;
      }
    }
    return false;
  }
}
