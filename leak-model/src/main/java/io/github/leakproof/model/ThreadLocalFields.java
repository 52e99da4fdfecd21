package io.github.leakproof.model;

import io.github.leakproof.model.ThreadLocalValues.ClassLoaderPin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Rule 1 of {@code ThreadLocalNotRemoved}, decided the same way by both front ends: what to report
 * for a thread-local field, from what the analysed program does to it and what its value is.
 *
 * <ul>
 *   <li>Given a value ({@code set(user)}) and never cleared: reported, whatever the value.
 *   <li>A per-thread cache (filled on first use, {@code withInitial}, an {@code initialValue()}
 *       override) never cleared: reported if its value pins a class loader ({@link ClassLoaderPin#PINS});
 *       with {@code threadlocal-caches} also if it may ({@link ClassLoaderPin#MAY}).
 *   <li>With {@code threadlocal-entries}: any field that leaves an entry on a thread — set in any way,
 *       or a cache — and that nothing {@code remove()}s.
 * </ul>
 *
 * A field that escapes (passed, returned, stored elsewhere) is never judged: the code it goes to may
 * remove it.
 */
public final class ThreadLocalFields {
  private ThreadLocalFields() {}

  /**
   * What the program does to one field.
   *
   * @param givesValue some {@code set} gives it a value someone must remove
   * @param isCache it is a per-thread cache
   * @param isSet any {@code set} at all (values, flags, {@code set(null)}, restores)
   * @param cleared something takes its value away: {@code remove()}, {@code set(null)}, a restore, a
   *     flag reset, a setter called in a {@code finally}
   * @param removed something calls {@code remove()} on it, which alone deletes the entry
   * @param escapes it is passed, returned or stored elsewhere
   * @param pin what its value keeps alive
   */
  public record Facts(
      boolean givesValue,
      boolean isCache,
      boolean isSet,
      boolean cleared,
      boolean removed,
      boolean escapes,
      ClassLoaderPin pin) {}

  /** What to report on the field. */
  public enum Finding {
    NONE,
    /** Given a value never removed: {@link ThreadLocalMessages#neverRemoved}. */
    NEVER_REMOVED,
    /** Its value pins the application's class loader: {@link ThreadLocalMessages#pinsClassLoader}. */
    PINS_CLASS_LOADER,
    /** Strict: a cache whose value may pin a class loader: {@link ThreadLocalMessages#cacheNeverRemoved}. */
    CACHE,
    /** Strict: an entry left on the thread: {@link ThreadLocalMessages#entryLeft}. */
    ENTRY_LEFT
  }

  /** How many methods deep a call undoing a set is followed to the setter: helpers are rarely nested. */
  private static final int FORWARDING_DEPTH = 4;

  /**
   * True if one of the calls made to undo a set (in a {@code finally}, or given {@code null}) reaches a
   * setter of the field ({@code static void set(Ctx c) { CUR.set(c); }}): it is one, or it passes its own
   * parameter on to one, directly or through other such methods ({@code private static void apply(String
   * p, String s) { setPrefix(p); setSeparator(s); }}). Such a helper undoes the set just as a call of the
   * setter does; Ant's importer restores its parser's per-thread prefix so.
   *
   * @param undoingCalls the methods called in a {@code finally} or given {@code null}
   * @param setters the methods that set the field to their own parameter
   * @param passesParameterTo the methods a method passes its own parameter to, as it is; empty when its
   *     code cannot be read
   */
  public static <M> boolean undoneThroughSetter(
      Collection<M> undoingCalls, Set<M> setters, Function<M, ? extends Collection<M>> passesParameterTo) {
    if (setters.isEmpty()) {
      return false;
    }
    Set<M> seen = new HashSet<>(undoingCalls);
    List<M> level = new ArrayList<>(seen);
    for (int depth = 0; depth <= FORWARDING_DEPTH && !level.isEmpty(); depth++) {
      List<M> next = new ArrayList<>();
      for (M method : level) {
        if (setters.contains(method)) {
          return true;
        }
        if (depth < FORWARDING_DEPTH) {
          for (M callee : passesParameterTo.apply(method)) {
            if (seen.add(callee)) {
              next.add(callee);
            }
          }
        }
      }
      level = next;
    }
    return false;
  }

  /**
   * @param reportCaches {@code Leakproof:Strict=threadlocal-caches} (or {@code threadlocal-entries})
   * @param reportEntries {@code Leakproof:Strict=threadlocal-entries}
   */
  public static Finding judge(Facts facts, boolean reportCaches, boolean reportEntries) {
    if (facts.escapes()) {
      return Finding.NONE;
    }
    if (facts.givesValue() && !facts.cleared()) {
      return facts.pin() == ClassLoaderPin.PINS ? Finding.PINS_CLASS_LOADER : Finding.NEVER_REMOVED;
    }
    if (facts.isCache() && !facts.cleared()) {
      if (facts.pin() == ClassLoaderPin.PINS) {
        return Finding.PINS_CLASS_LOADER;
      }
      if (facts.pin() == ClassLoaderPin.MAY && (reportCaches || reportEntries)) {
        return Finding.CACHE;
      }
    }
    if (reportEntries && !facts.removed() && (facts.isSet() || facts.isCache())) {
      return Finding.ENTRY_LEFT;
    }
    return Finding.NONE;
  }
}
