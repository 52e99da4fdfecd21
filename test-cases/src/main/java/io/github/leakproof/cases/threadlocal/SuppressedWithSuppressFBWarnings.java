package io.github.leakproof.cases.threadlocal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

/** SpotBugs honours @SuppressFBWarnings; Error Prone does not read SpotBugs' annotation. */
public final class SuppressedWithSuppressFBWarnings {
  @SuppressFBWarnings(value = "LEAK_THREADLOCAL_NOT_REMOVED", justification = "the thread dies with the job")
  // NOT-SPOTBUGS: suppressed by @SuppressFBWarnings, SpotBugs' own annotation, which Error Prone does not honour
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<String> JOB = new ThreadLocal<>();

  private SuppressedWithSuppressFBWarnings() {}

  static void start(String job) {
    JOB.set(job);
  }
}
