package io.github.leakproof.model;

import java.util.List;

/**
 * Which objects owning threads a check judges, so that the same ownership machinery serves two checks
 * and each object is judged by exactly one: {@code ExecutorNotShutDown} takes thread pools, {@code
 * TimerNotStopped} takes {@code java.util.Timer}s and scheduled pools (whose threads also keep every
 * periodic task, and what it captures, alive).
 */
public enum PoolFamily {
  /** Thread pools other than scheduled ones: {@code ExecutorNotShutDown}. */
  EXECUTORS(Check.EXECUTOR_NOT_SHUT_DOWN, StrictMode.STATIC_EXECUTORS, StrictMode.EXECUTOR_EXCEPTION_PATHS),
  /** {@code java.util.Timer} and scheduled pools: {@code TimerNotStopped}. */
  TIMERS(Check.TIMER_NOT_STOPPED, StrictMode.STATIC_TIMERS, StrictMode.TIMER_EXCEPTION_PATHS);

  private final Check check;
  private final StrictMode staticFields;
  private final StrictMode exceptionPaths;

  PoolFamily(Check check, StrictMode staticFields, StrictMode exceptionPaths) {
    this.check = check;
    this.staticFields = staticFields;
    this.exceptionPaths = exceptionPaths;
  }

  /** The check that reports this family. */
  public Check check() {
    return check;
  }

  /** The strict word that makes static fields count (off by default: they usually live with the application). */
  public StrictMode staticFieldsMode() {
    return staticFields;
  }

  /** The strict word that makes exception paths of local ones count. */
  public StrictMode exceptionPathsMode() {
    return exceptionPaths;
  }

  /** The finding for one made in a method and left running on a path leaving it at {@code exitLine} (0: unknown). */
  public String notStopped(String what, int exitLine) {
    return this == EXECUTORS ? ResourceMessages.poolNotShutDown(what, exitLine) : TimerMessages.notStopped(what, exitLine);
  }

  /** The finding for a field that nothing stops, given the field's declared type and its supertypes. */
  public String fieldNeverStopped(String field, List<String> fieldTypeAndSupertypes) {
    return this == EXECUTORS
        ? ResourceMessages.poolFieldNeverShutDown(field)
        : TimerMessages.fieldNeverStopped(field, TimerCatalogue.isTimer(fieldTypeAndSupertypes));
  }

  /** The finding for a field given a new one while the old one still runs. */
  public String fieldReplaced(String field) {
    return this == EXECUTORS ? ResourceMessages.poolFieldReplaced(field) : TimerMessages.fieldReplaced(field);
  }

  /**
   * True if calling {@code owner#method}, giving {@code result}, makes a new member of this family.
   *
   * @param ownerAndSupertypes the declaring class for a static factory, else the receiver's types
   * @param resultAndSupertypes the declared result type and its supertypes
   */
  public boolean madeByCall(String method, List<String> ownerAndSupertypes, List<String> resultAndSupertypes) {
    ExecutorCatalogue.Kind kind = ExecutorCatalogue.callResult(method, ownerAndSupertypes);
    return switch (this) {
      case EXECUTORS -> kind == ExecutorCatalogue.Kind.POOL && !ExecutorCatalogue.isScheduled(resultAndSupertypes);
      case TIMERS -> kind == ExecutorCatalogue.Kind.SCHEDULED_POOL;
    };
  }

  /** True if {@code new T(…)}, given {@code T} and its supertypes, makes a new member of this family. */
  public boolean madeByConstruction(List<String> typeAndSupertypes) {
    ExecutorCatalogue.Kind kind = ExecutorCatalogue.construction(typeAndSupertypes);
    return switch (this) {
      case EXECUTORS -> kind == ExecutorCatalogue.Kind.POOL;
      case TIMERS -> kind == ExecutorCatalogue.Kind.SCHEDULED_POOL || TimerCatalogue.isTimer(typeAndSupertypes);
    };
  }

  /**
   * As {@link #madeByConstruction(List)}, knowing the constructor and its leading constant arguments: a
   * thread pool whose threads all end when idle ({@link ExecutorCatalogue#endsItsThreadsWhenIdle}) counts
   * only with {@code Strict=idle-ending-pools}.
   */
  public boolean madeByConstruction(
      List<String> typeAndSupertypes, List<String> parameterTypes, Integer core, Integer maximum,
      boolean idleEndingPools) {
    return madeByConstruction(typeAndSupertypes)
        && (this != EXECUTORS
            || idleEndingPools
            || !ExecutorCatalogue.endsItsThreadsWhenIdle(typeAndSupertypes, parameterTypes, core, maximum));
  }

  /** True if a field of this type may hold a member of this family (what it is given then decides). */
  public boolean isFieldType(List<String> typeAndSupertypes) {
    return switch (this) {
      case EXECUTORS ->
          ExecutorCatalogue.isExecutorService(typeAndSupertypes) && !ExecutorCatalogue.isScheduled(typeAndSupertypes);
      // A scheduled pool is often kept in a plain ExecutorService field; what it is given decides.
      case TIMERS -> TimerCatalogue.isTimer(typeAndSupertypes) || ExecutorCatalogue.isExecutorService(typeAndSupertypes);
    };
  }

  /**
   * True if a value declared with this type belongs to this family whatever made it (a parameter the
   * class takes over with {@code @Owning}): a thread pool that is not a scheduled one, or a timer or a
   * scheduled pool.
   */
  public boolean isDeclaredMember(List<String> typeAndSupertypes) {
    return switch (this) {
      case EXECUTORS -> isFieldType(typeAndSupertypes);
      case TIMERS -> TimerCatalogue.isTimer(typeAndSupertypes) || ExecutorCatalogue.isScheduled(typeAndSupertypes);
    };
  }

  /**
   * True if a type is worth a look at all (the front ends' cheap prefilters): executor services for
   * pools; timers and executor services for timers (a scheduled pool is often declared as a plain
   * {@code ExecutorService} or made by a {@code ScheduledThreadPoolExecutor} constructor).
   */
  public boolean isMentionWorthALook(List<String> typeAndSupertypes) {
    return ExecutorCatalogue.isExecutorService(typeAndSupertypes)
        || this == TIMERS && TimerCatalogue.isTimer(typeAndSupertypes);
  }

  /** True if calling {@code method} on a member of this family stops it. */
  public boolean releasesReceiver(String method) {
    return switch (this) {
      case EXECUTORS -> ExecutorCatalogue.isReleaseOfReceiver(method);
      case TIMERS -> TimerCatalogue.stops(method);
    };
  }

  /** True if passing a member of this family to {@code owner#method} stops it. */
  public boolean releasesArguments(String method, List<String> ownerAndSupertypes) {
    return ExecutorCatalogue.releasesArguments(method, ownerAndSupertypes)
        || this == TIMERS && TimerCatalogue.cancelsArguments(method);
  }

  /**
   * True if a method that gives a field a new one is a lifecycle start ({@code start()}, {@code
   * doStart()}, {@code @PostConstruct}…): a lifecycle framework calls it once per stop, so it replaces
   * nothing that still runs. For both families, like a constructor.
   */
  public boolean startsLifecycle(String method, Iterable<String> annotations) {
    return TimerCatalogue.isLifecycleStart(method, annotations);
  }

  /**
   * True if {@code new T(pool)} takes over the pool it is given as a new face of the same threads (an
   * executor-service decorator): the new object carries the obligation on.
   */
  public boolean wrapsArgumentsOnConstruction(List<String> typeAndSupertypes) {
    return ExecutorCatalogue.isExecutorService(typeAndSupertypes);
  }

  /**
   * True if {@code new T(pool)} only uses the pool it is given (to run callbacks on) and never stops it:
   * the pool stays the caller's (Netty's {@code DefaultChannelGroup}).
   */
  public boolean borrowsArgumentsOnConstruction(List<String> typeAndSupertypes) {
    return ExecutorCatalogue.borrowsOnConstruction(typeAndSupertypes);
  }
}
