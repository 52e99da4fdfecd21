package io.github.leakproof.model;

import java.util.Locale;

/**
 * Findings that are off by default because they are often intended, switched on with
 * {@code Leakproof:Strict=<word>[,<word>…]}.
 */
public enum StrictMode {
  /**
   * {@code ThreadLocal.withInitial(...)} or {@code initialValue()} caches that are only read: each
   * pooled thread keeps its value, and on an application server that pins the class loader.
   */
  THREADLOCAL_CACHES("threadlocal-caches"),

  /**
   * Every thread-local entry a thread keeps after the code that made it, whatever its value: switches
   * and sentinels, {@code set(null)}, restores, caches of the JDK's own value types. None of them pins
   * a class loader (the key is held weakly, the value is a JDK object), but an application server lists
   * each such entry at undeploy; only {@code remove()} takes an entry away. Includes
   * {@link #THREADLOCAL_CACHES}.
   */
  THREADLOCAL_ENTRIES("threadlocal-entries"),

  /**
   * Thread pools in static fields never shut down. Usually meant to live as long as the application;
   * on an application server they outlive a redeployed web application and pin its class loader.
   */
  STATIC_EXECUTORS("static-executors"),

  /**
   * Local thread pools shut down on the normal path but not when a call in between throws. Off by
   * default: the common {@code submit…; get…; shutdown()} shape leaks only on failure.
   */
  EXECUTOR_EXCEPTION_PATHS("executor-exception-paths"),

  /**
   * Thread pools whose threads all end when idle ({@code new ThreadPoolExecutor(0, 1, 60, SECONDS, …)}:
   * no core threads, a bounded maximum) never shut down. Off by default: such a pool keeps no thread
   * once its work is done, and nothing keeps it ({@link ExecutorCatalogue#endsItsThreadsWhenIdle}).
   */
  IDLE_ENDING_POOLS("idle-ending-pools"),

  /**
   * {@code java.util.Timer}s and scheduled pools in static fields never stopped: like static thread
   * pools, usually meant to live as long as the application ({@code TimerNotStopped}).
   */
  STATIC_TIMERS("static-timers"),

  /**
   * Local timers and scheduled pools stopped on the normal path but not when a call in between throws
   * ({@code TimerNotStopped}; the twin of {@code executor-exception-paths}).
   */
  TIMER_EXCEPTION_PATHS("timer-exception-paths"),

  /**
   * Resources closed with the object they came from — JDBC statements and result sets, a zip file's
   * entry streams, a channel's file locks — left open only when an exception leaves the method ({@code
   * ResourceNotClosed}). Off by default: the parent's close (the connection's, often a pool's when the
   * connection is given back) releases them, so they do not pile up
   * ({@link ResourceCatalogue#isClosedWithItsParent}).
   */
  CHILD_EXCEPTION_PATHS("child-exception-paths"),

  /**
   * Report resources even under {@code @SuppressWarnings("resource")}, the token javac, Eclipse and
   * IntelliJ use for their own resource warnings (honoured by default).
   */
  IGNORE_SUPPRESS_WARNINGS_RESOURCE("ignore-suppress-warnings-resource"),

  /**
   * Static collections that only grow in the code analysed, even when they escape it (returned by a
   * getter, passed to other code) and the code they escape to might remove from them.
   */
  ESCAPING_COLLECTIONS("escaping-collections"),

  /**
   * Static maps keyed by {@code Class} (and sets of classes) that only grow: per-class caches, bounded by
   * the classes loaded, but on an application server they pin every web application's class loader.
   */
  CLASS_KEYED_CACHES("class-keyed-caches"),

  /**
   * Static maps grown only by get-or-create ({@code computeIfAbsent}, {@code putIfAbsent}, or a {@code put}
   * after a lookup of the same key found nothing, {@link CollectionCatalogue#isGuardablePut}): memo caches. On real libraries most are keyed by values with few distinct members in practice (locales,
   * time zones, format styles, permission masks), so they are reported only with this word. So are keyed
   * settings, a {@code put} of a setter's own parameters or of a strategy ({@link CollectionCatalogue#isKeyedSetting}).
   */
  MEMO_CACHES("memo-caches"),

  /**
   * Listeners that hold their registrant, added to a source the caller gave it (a constructor's or a
   * non-private method's parameter, or a field given one) and never removed, in a class that has no
   * lifecycle end ({@code ListenerNotRemoved}). Off by default: whether the caller's object outlives the
   * registrant is the caller's business, and on real libraries such sources mostly die first or hold the
   * registrant anyway (a connection a long-lived collector watches, a page list whose pages are the
   * dialog's children); a registrant that declares its end ({@code close()}, {@code dispose()}, {@code
   * stop()} …) and forgets the registration there is reported by default ({@link
   * ListenerCatalogue#reportsNeverRemoved}).
   */
  LISTENER_PARAMETERS("listener-parameters");

  private final String word;

  StrictMode(String word) {
    this.word = word;
  }

  /** The word users write in the option, e.g. {@code threadlocal-caches}. */
  public String word() {
    return word;
  }

  static StrictMode fromWord(String word) {
    String w = word.trim().toLowerCase(Locale.ROOT);
    for (StrictMode mode : values()) {
      if (mode.word.equals(w)) {
        return mode;
      }
    }
    return null;
  }
}
