package io.github.leakproof.model;

import java.util.LinkedHashSet;
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

  /** {@code set(value)}: gives the current thread a value. */
  public static boolean isSet(String methodName, int argumentCount) {
    return methodName.equals("set") && argumentCount == 1;
  }

  /** {@code remove()}: drops the current thread's value. */
  public static boolean isRemove(String methodName, int argumentCount) {
    return methodName.equals("remove") && argumentCount == 0;
  }

  /** {@code ThreadLocal.withInitial(supplier)}: a thread-local whose every thread gets a value on first read. */
  public static boolean isInitialValueFactory(String ownerType, String methodName) {
    return ownerType.equals(THREAD_LOCAL) && methodName.equals("withInitial");
  }
}
