package io.github.leakproof.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What gives a thread-local a value and what takes it away.
 *
 * <p>A value set on a pooled thread stays reachable from that thread until {@code remove()}: the
 * request's data outlives the request, and on an application server the value's class pins its
 * class loader. Front ends ask this class, by name, which calls do which.
 */
public final class ThreadLocalCatalogue {
  /** The JDK type; {@code InheritableThreadLocal} and other subclasses are covered as subtypes. */
  public static final String THREAD_LOCAL = "java.lang.ThreadLocal";

  /** The overridable hook that gives every thread a value on first {@code get()}. */
  public static final String INITIAL_VALUE_METHOD = "initialValue";

  /**
   * What a {@code set(value)} does, judged from its value and where it stands. Both front ends sort
   * every {@code set} into one of these, the same way.
   */
  public enum SetKind {
    /** Gives the thread a value that something must remove: a request's user, a transaction. */
    GIVES_VALUE,
    /** Takes the value away: {@code set(null)}, or putting back a value read earlier from it. */
    CLEARS,
    /**
     * A constant — a literal, a boxed literal, a {@code static final} field, an enum constant: a flag
     * or sentinel ({@code set(Boolean.TRUE)} … {@code set(Boolean.FALSE)}, {@code set(UNSET)}). It
     * holds nothing of a request's, so it counts as clearing, like {@link #CLEARS}. So does any
     * {@code boolean} value ({@link #isSwitchValue}): a per-thread switch has two values, carries no
     * request's data and pins no class loader.
     */
    MARKER,
    /**
     * Fills a per-thread cache on first use: the set runs only when {@code get()} found nothing
     * ({@code if (sb == null) { sb = new …; local.set(sb); }}). The same as {@code withInitial}, so
     * judged like it: only in strict mode.
     */
    CACHE_FILL;

    /** True for the kinds that take the value off the thread: {@link #CLEARS} and {@link #MARKER}. */
    public boolean clears() {
      return this == CLEARS || this == MARKER;
    }
  }

  /** Boxing methods whose result, given a constant, is a shared constant too. */
  private static final Set<String> BOXING_OWNERS =
      Set.of(
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Character",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long");

  private final Set<String> types;

  private ThreadLocalCatalogue(Set<String> types) {
    this.types = Set.copyOf(types);
  }

  public static ThreadLocalCatalogue of(LeakproofOptions options) {
    Set<String> types = new LinkedHashSet<>();
    types.add(THREAD_LOCAL);
    types.addAll(options.threadLocalTypes());
    return new ThreadLocalCatalogue(types);
  }

  /** Fully qualified names of the thread-local types; their subtypes count too. */
  public Set<String> types() {
    return types;
  }

  /**
   * True for the thread-local types themselves (and any JDK class): where a search for a subclass's
   * {@code initialValue()} override stops, so that the base types' own hooks do not count.
   */
  public boolean isBaseType(String qualifiedName) {
    return types.contains(qualifiedName) || qualifiedName.startsWith("java.");
  }

  /**
   * True if a value of this type is a per-thread switch, whatever the value: {@code boolean} or
   * {@code Boolean}. Setting one ({@code ENABLED.set(flag)}) is a {@link SetKind#MARKER}.
   *
   * @param typeName a qualified type name or a primitive's keyword
   */
  public static boolean isSwitchValue(String typeName) {
    return typeName.equals("boolean") || typeName.equals("java.lang.Boolean");
  }

  /** {@code Integer.valueOf(int)} and its siblings: how javac boxes a constant. */
  public static boolean isBoxing(String ownerType, String methodName) {
    return methodName.equals("valueOf") && BOXING_OWNERS.contains(ownerType);
  }

  /** {@code set(value)}: gives the current thread a value. */
  public static boolean isSet(String methodName, int argumentCount) {
    return methodName.equals("set") && argumentCount == 1;
  }

  /** {@code remove()}: drops the current thread's value. */
  public static boolean isRemove(String methodName, int argumentCount) {
    return methodName.equals("remove") && argumentCount == 0;
  }

  /** The JDK's soft, weak and phantom references. */
  private static final String REFERENCE = "java.lang.ref.Reference";

  /**
   * True for {@code get()} on a JDK reference ({@code SoftReference}, {@code WeakReference}): a per-thread
   * cache may keep its value behind one ({@code ThreadLocal<SoftReference<Stack<T>>>}, jsoup's {@code
   * SoftPool}), and then what the reference gives back is what the cache holds: a fill that runs when it
   * gives {@code null} fills an empty cache, as {@code if (tl.get() == null)} does.
   *
   * @param ownerAndSupertypes the called method's class, then its supertypes
   */
  public static boolean readsReferent(List<String> ownerAndSupertypes, String methodName, int argumentCount) {
    return methodName.equals("get") && argumentCount == 0 && ownerAndSupertypes.contains(REFERENCE);
  }

  /** {@code ThreadLocal.withInitial(supplier)}: a thread-local whose every thread gets a value on first read. */
  public static boolean isInitialValueFactory(String ownerType, String methodName) {
    return ownerType.equals(THREAD_LOCAL) && methodName.equals("withInitial");
  }
}
