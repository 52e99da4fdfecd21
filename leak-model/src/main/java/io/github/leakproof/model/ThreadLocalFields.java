package io.github.leakproof.model;

import io.github.leakproof.model.ThreadLocalValues.ClassLoaderPin;

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
