package io.github.leakproof.model;

import java.util.Optional;

/**
 * Leakproof's checks, each with its one Error Prone name and its one SpotBugs bug type.
 *
 * <p>Suppression annotations, options and docs links use these names in both front ends.
 */
public enum Check {
  RESOURCE_NOT_CLOSED("ResourceNotClosed", "LEAK_RESOURCE_NOT_CLOSED"),
  EXECUTOR_NOT_SHUT_DOWN("ExecutorNotShutDown", "LEAK_EXECUTOR_NOT_SHUT_DOWN"),
  TIMER_NOT_STOPPED("TimerNotStopped", "LEAK_TIMER_NOT_STOPPED"),
  LISTENER_NOT_REMOVED("ListenerNotRemoved", "LEAK_LISTENER_NOT_REMOVED"),
  STATIC_COLLECTION_ONLY_GROWS("StaticCollectionOnlyGrows", "LEAK_STATIC_COLLECTION_ONLY_GROWS"),
  INNER_CLASS_LEAKS_OUTER("InnerClassLeaksOuter", "LEAK_INNER_CLASS_LEAKS_OUTER"),
  THREADLOCAL_NOT_REMOVED("ThreadLocalNotRemoved", "LEAK_THREADLOCAL_NOT_REMOVED");

  /**
   * Where the checks' pages are published (the project's {@code docs/checks/} folder); a check's page
   * is {@code DOCS_BASE + errorProneName() + ".md"}. The one place to change if the docs move.
   */
  public static final String DOCS_BASE =
      "https://github.com/leakproof/leakproof/blob/main/docs/checks/";

  private final String errorProneName;
  private final String bugType;

  Check(String errorProneName, String bugType) {
    this.errorProneName = errorProneName;
    this.bugType = bugType;
  }

  /** The Error Prone check name, e.g. {@code ThreadLocalNotRemoved}. */
  public String errorProneName() {
    return errorProneName;
  }

  /** The SpotBugs bug type, e.g. {@code LEAK_THREADLOCAL_NOT_REMOVED}. */
  public String bugType() {
    return bugType;
  }

  public String docsUrl() {
    return DOCS_BASE + errorProneName + ".md";
  }

  /** True if {@code name} names this check in either spelling (case-insensitive). */
  public boolean isNamedBy(String name) {
    String n = name.trim();
    return n.equalsIgnoreCase(errorProneName) || n.equalsIgnoreCase(bugType);
  }

  /** The check that {@code name} names in either spelling, if any. */
  public static Optional<Check> named(String name) {
    for (Check check : values()) {
      if (check.isNamedBy(name)) {
        return Optional.of(check);
      }
    }
    return Optional.empty();
  }
}
