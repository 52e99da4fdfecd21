package io.github.leakproof.model;

import java.util.List;
import java.util.Set;

/**
 * Where an object that captures its creator's {@code this} outlives the creator (for {@code
 * InnerClassLeaksOuter}): which calls on a long-lived receiver keep their argument, which receivers
 * live as long as the application, and which of those calls other checks already judge.
 *
 * <p>A lambda, anonymous class or inner class instance that uses its enclosing instance holds it
 * strongly (javac's {@code this$0}, or the lambda's captured {@code this}). Stored in static state, it
 * keeps that instance, and everything the instance references, alive until the class is unloaded.
 *
 * <p>One leak, one finding: a call this catalogue sorts as {@link Sink#OTHER_CHECK} is left to the check
 * that names it best — listener registrations to {@code ListenerNotRemoved}, {@code ThreadLocal.set} to
 * {@code ThreadLocalNotRemoved}, additions to a static {@code java.util} collection to {@code
 * StaticCollectionOnlyGrows}.
 */
public final class CaptureSinkCatalogue {
  /** What a call on a long-lived receiver does with a capturing argument. */
  public enum Sink {
    /** Keeps it until replaced or removed: {@code REGISTRY.put(key, value)}, {@code CURRENT.set(value)}. */
    STORES,
    /**
     * Runs it again and again: {@code scheduleAtFixedRate}, {@code Timer.schedule(task, delay, period)}.
     * Ours only while the scheduling class has no lifecycle end; with one, {@code TimerNotStopped} reports
     * the task that its {@code close()}/{@code stop()} never cancels.
     */
    PERIODIC,
    /** Another check's finding: a listener registration, a thread-local value, a static collection's element. */
    OTHER_CHECK,
    /** Nothing known to keep the argument. */
    NONE
  }

  static final String COLLECTION = "java.util.Collection";
  static final String THREAD = "java.lang.Thread";
  static final String MAP = "java.util.Map";

  /** Calls that keep their argument in the receiver (on a registry, holder or container). */
  private static final Set<String> STORING =
      Set.of(
          "put", "putIfAbsent", "add", "offer", "push", "addFirst", "addLast", "addElement",
          "set", "lazySet", "getAndSet", "bind", "rebind", "store", "cache");

  /** Calls that take an entry out of a registry or holder again. */
  private static final Set<String> REMOVING =
      Set.of("remove", "unbind", "unset", "clear", "delete", "evict", "invalidate", "reset", "deregister", "poll");

  /** Setters that clear a holder when given {@code null}. */
  private static final Set<String> SETTING = Set.of("set", "lazySet", "getAndSet");

  /** Static methods that return the one instance of their class: what they return lives as long as the class. */
  private static final Set<String> SINGLETON_ACCESSORS = Set.of("getInstance", "instance", "getDefault", "getSingleton");

  private final ListenerCatalogue listeners;
  private final ThreadLocalCatalogue threadLocals;

  private CaptureSinkCatalogue(ListenerCatalogue listeners, ThreadLocalCatalogue threadLocals) {
    this.listeners = listeners;
    this.threadLocals = threadLocals;
  }

  public static CaptureSinkCatalogue of(LeakproofOptions options) {
    return new CaptureSinkCatalogue(ListenerCatalogue.of(options), ThreadLocalCatalogue.of(options));
  }

  /**
   * What {@code receiver.method(…)} does with a capturing argument, for a receiver that lives as long as
   * the application (a static field, an enum constant, a singleton).
   *
   * @param receiverTypes the receiver's static type and supertypes, binary names
   * @param parameterTypes the erased parameter types of the overload called
   */
  public Sink classify(String method, List<String> receiverTypes, List<String> parameterTypes) {
    for (String type : threadLocals.types()) {
      if (receiverTypes.contains(type)) {
        return Sink.OTHER_CHECK;
      }
    }
    if (listeners.removalFor(method) != null) {
      return Sink.OTHER_CHECK;
    }
    if (TimerCatalogue.isPeriodic(method, receiverTypes, parameterTypes)) {
      return Sink.PERIODIC;
    }
    if (isCollection(receiverTypes)) {
      return Sink.OTHER_CHECK;
    }
    return STORING.contains(method) ? Sink.STORES : Sink.NONE;
  }

  /**
   * True if {@code receiver.method(…)} takes entries out of a registry or holder ({@code remove(key)},
   * {@code unbind}, {@code clear()}, {@code removeHandler}, or {@code set(null)}): a class that does so on
   * a receiver of the same type is taken to undo its storing calls, as a listener's removal undoes its
   * registration.
   *
   * @param nullArgument true if the call's only argument is the literal {@code null}
   */
  public static boolean isRemoval(String method, boolean nullArgument) {
    return REMOVING.contains(method)
        || method.startsWith("remove")
        || nullArgument && SETTING.contains(method);
  }

  /**
   * True for {@code thread.start()}: a started thread keeps its task, and what the task captures, until
   * its run loop ends — for good if it never does.
   */
  public static boolean isThreadStart(String method, int argumentCount, List<String> receiverTypes) {
    return method.equals("start") && argumentCount == 0 && receiverTypes.contains(THREAD);
  }

  /** True for {@code java.lang.Thread} and its subclasses. */
  public static boolean isThread(List<String> typeAndSupertypes) {
    return typeAndSupertypes.contains(THREAD);
  }

  /**
   * True if the instances of a class live as long as the application anyway, so that nothing capturing
   * them can make them live longer: enum constants, and singletons — every constructor private and a
   * static field of the class's own type ({@code private static volatile CachedClock instance}).
   *
   * @param staticFieldTypes the erased types of the class's static fields, binary names
   */
  public static boolean livesForApplication(
      String className, boolean isEnum, boolean allConstructorsPrivate, List<String> staticFieldTypes) {
    return isEnum || allConstructorsPrivate && staticFieldTypes.contains(className);
  }

  /** True for a static method whose name says it returns its class's single instance ({@code getInstance()}). */
  public static boolean isSingletonAccessor(String method, int argumentCount) {
    return argumentCount == 0 && SINGLETON_ACCESSORS.contains(method);
  }

  /**
   * True for {@code java.util} collections and maps: the base types of double-brace initialisation
   * ({@code new HashMap<>() {{ put(…); }}}), and the static containers {@code StaticCollectionOnlyGrows}
   * judges.
   */
  public static boolean isCollection(List<String> typeAndSupertypes) {
    return typeAndSupertypes.contains(COLLECTION) || typeAndSupertypes.contains(MAP);
  }
}
