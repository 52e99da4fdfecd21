package io.github.leakproof.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which calls create a thread pool that someone must shut down, and which calls shut one down.
 *
 * <p>A pool's worker threads are GC roots: a pool never shut down keeps its threads, its queue and
 * everything its tasks reference alive (and non-daemon threads keep the JVM from exiting). Scheduled
 * pools belong to {@code TimerNotStopped}; this catalogue tells them apart so that each pool is
 * judged by one check. Names follow {@link ResourceCatalogue}'s conventions.
 */
public final class ExecutorCatalogue {
  /** What a call or constructor gives. */
  public enum Kind {
    /** A new pool that must be shut down: {@code Executors.newFixedThreadPool}, {@code new ThreadPoolExecutor}. */
    POOL,
    /** A new scheduled pool: {@code Executors.newScheduledThreadPool}, {@code new ScheduledThreadPoolExecutor}. */
    SCHEDULED_POOL,
    /** The same pool as the first argument under a new face: {@code MoreExecutors.listeningDecorator(pool)}. */
    WRAPS_ARGUMENT,
    /** A pool handed to something that shuts it down: {@code MoreExecutors.getExitingExecutorService(pool)}. */
    RELEASES_ARGUMENT,
    /** Not a new pool: {@code ForkJoinPool.commonPool()}, {@code MoreExecutors.directExecutor()}, a getter. */
    NONE
  }

  /**
   * True if {@code new T(corePoolSize, maximumPoolSize, keepAlive, unit, …)} makes a pool whose threads
   * all end when idle: a {@code ThreadPoolExecutor} (not a scheduled one) built with no core threads and
   * a bounded maximum, both constants. Each worker ends one keep-alive after its last task, and an idle
   * pool with no threads holds nothing and is collected with its owner, shut down or not: the lazily
   * started single worker of OkHttp's push executor and Tomcat JDBC's query canceller. An unbounded
   * maximum ({@code Executors.newCachedThreadPool()}) is not counted: a burst of tasks on one never shut
   * down keeps a thread per concurrent task alive.
   *
   * @param parameterTypes the erased parameter types of the constructor called
   * @param core the first argument's value if it is a constant, else null
   * @param maximum the second argument's value if it is a constant, else null
   */
  public static boolean endsItsThreadsWhenIdle(
      List<String> typeAndSupertypes, List<String> parameterTypes, Integer core, Integer maximum) {
    return typeAndSupertypes.contains(THREAD_POOL_EXECUTOR)
        && !isScheduled(typeAndSupertypes)
        && parameterTypes.size() >= 2
        && parameterTypes.get(0).equals("int")
        && parameterTypes.get(1).equals("int")
        && core != null
        && core == 0
        && maximum != null
        && maximum > 0
        && maximum < Integer.MAX_VALUE;
  }

  private static final String THREAD_POOL_EXECUTOR = "java.util.concurrent.ThreadPoolExecutor";

  static final String EXECUTOR_SERVICE = "java.util.concurrent.ExecutorService";
  static final String SCHEDULED_EXECUTOR_SERVICE = "java.util.concurrent.ScheduledExecutorService";

  /**
   * Netty's event executor groups and event loop groups ({@code NioEventLoopGroup}, {@code
   * DefaultEventLoopGroup}, {@code DefaultEventExecutorGroup}, a single {@code DefaultEventExecutor}):
   * thread pools stopped by {@code shutdownGracefully()}. Their type extends {@code
   * ScheduledExecutorService}, but they are event loops first: {@code ExecutorNotShutDown} judges them.
   */
  static final String NETTY_EXECUTOR_GROUP = "io.netty.util.concurrent.EventExecutorGroup";

  private static final Map<String, Kind> FACTORIES =
      Map.ofEntries(
          Map.entry("java.util.concurrent.Executors#newFixedThreadPool", Kind.POOL),
          Map.entry("java.util.concurrent.Executors#newCachedThreadPool", Kind.POOL),
          Map.entry("java.util.concurrent.Executors#newSingleThreadExecutor", Kind.POOL),
          Map.entry("java.util.concurrent.Executors#newWorkStealingPool", Kind.POOL),
          Map.entry("java.util.concurrent.Executors#newVirtualThreadPerTaskExecutor", Kind.POOL),
          Map.entry("java.util.concurrent.Executors#newThreadPerTaskExecutor", Kind.POOL),
          Map.entry("java.util.concurrent.Executors#newScheduledThreadPool", Kind.SCHEDULED_POOL),
          Map.entry("java.util.concurrent.Executors#newSingleThreadScheduledExecutor", Kind.SCHEDULED_POOL),
          Map.entry("java.util.concurrent.Executors#unconfigurableExecutorService", Kind.WRAPS_ARGUMENT),
          Map.entry("java.util.concurrent.Executors#unconfigurableScheduledExecutorService", Kind.WRAPS_ARGUMENT),
          Map.entry("com.google.common.util.concurrent.MoreExecutors#listeningDecorator", Kind.WRAPS_ARGUMENT),
          Map.entry("com.google.common.util.concurrent.MoreExecutors#getExitingExecutorService", Kind.RELEASES_ARGUMENT),
          Map.entry("com.google.common.util.concurrent.MoreExecutors#getExitingScheduledExecutorService", Kind.RELEASES_ARGUMENT),
          Map.entry("com.google.common.util.concurrent.MoreExecutors#addDelayedShutdownHook", Kind.RELEASES_ARGUMENT),
          Map.entry("com.google.common.util.concurrent.MoreExecutors#shutdownAndAwaitTermination", Kind.RELEASES_ARGUMENT),
          Map.entry("java.util.concurrent.ForkJoinPool#commonPool", Kind.NONE),
          Map.entry("com.google.common.util.concurrent.MoreExecutors#directExecutor", Kind.NONE),
          Map.entry("com.google.common.util.concurrent.MoreExecutors#newDirectExecutorService", Kind.NONE));

  /**
   * Classes whose constructors take a pool only to run callbacks on it and never shut it down: Netty's
   * {@code DefaultChannelGroup} notifies its futures' listeners on the executor it is given, and its
   * {@code close()} closes channels, not that executor. A pool made for one stays the maker's to stop.
   */
  private static final Set<String> BORROWING_CONSTRUCTIONS = Set.of("io.netty.channel.group.DefaultChannelGroup");

  /** Pool classes whose constructors start threads on demand. Subclasses count; scheduled ones first. */
  private static final List<String> SCHEDULED_CLASSES = List.of("java.util.concurrent.ScheduledThreadPoolExecutor");

  private static final List<String> POOL_CLASSES =
      List.of("java.util.concurrent.ThreadPoolExecutor", "java.util.concurrent.ForkJoinPool");

  /**
   * Calls on the pool itself that shut it down. {@code close()} is the JDK 19+ try-with-resources form;
   * {@code shutdownGracefully()} Netty's.
   */
  private static final Set<String> RELEASES = Set.of("shutdown", "shutdownNow", "close", "shutdownGracefully");

  private ExecutorCatalogue() {}

  /** What calling {@code owner#method} gives; owners match through their supertypes. */
  public static Kind callResult(String method, List<String> ownerAndSupertypes) {
    for (String owner : ownerAndSupertypes) {
      Kind kind = FACTORIES.get(owner + "#" + method);
      if (kind != null) {
        return kind;
      }
    }
    return Kind.NONE;
  }

  /** What {@code new T(…)} gives, from {@code T} and its supertypes. */
  public static Kind construction(List<String> typeAndSupertypes) {
    if (typeAndSupertypes.contains(NETTY_EXECUTOR_GROUP)) {
      return Kind.POOL;
    }
    for (String type : SCHEDULED_CLASSES) {
      if (typeAndSupertypes.contains(type)) {
        return Kind.SCHEDULED_POOL;
      }
    }
    for (String type : POOL_CLASSES) {
      if (typeAndSupertypes.contains(type)) {
        return Kind.POOL;
      }
    }
    return Kind.NONE;
  }

  /** True if {@code new T(…, pool, …)}, given {@code T} and its supertypes, only uses the pool and leaves it running. */
  public static boolean borrowsOnConstruction(List<String> typeAndSupertypes) {
    return typeAndSupertypes.stream().anyMatch(BORROWING_CONSTRUCTIONS::contains);
  }

  /** True for {@code shutdown()}, {@code shutdownNow()} and {@code close()} called on a pool. */
  public static boolean isReleaseOfReceiver(String method) {
    return RELEASES.contains(method);
  }

  /**
   * True if passing a pool to {@code owner#method} shuts it down: Guava's {@code
   * shutdownAndAwaitTermination}, or a method whose name says so ({@code shutdownQuietly(pool)},
   * {@code closeExecutor(pool)}, {@code stopPool(pool)}).
   */
  public static boolean releasesArguments(String method, List<String> ownerAndSupertypes) {
    if (callResult(method, ownerAndSupertypes) == Kind.RELEASES_ARGUMENT) {
      return true;
    }
    String lower = method.toLowerCase(Locale.ROOT);
    return lower.contains("shutdown") || lower.contains("close") || lower.startsWith("stop")
        || lower.startsWith("terminate") || lower.startsWith("dispose") || lower.startsWith("destroy");
  }

  /** True for types that are executor services (a field of such a type may hold a pool). */
  public static boolean isExecutorService(List<String> typeAndSupertypes) {
    return typeAndSupertypes.contains(EXECUTOR_SERVICE);
  }

  /** True for scheduled executor services, which {@code TimerNotStopped} judges (Netty's groups are not). */
  public static boolean isScheduled(List<String> typeAndSupertypes) {
    return typeAndSupertypes.contains(SCHEDULED_EXECUTOR_SERVICE) && !typeAndSupertypes.contains(NETTY_EXECUTOR_GROUP);
  }
}
