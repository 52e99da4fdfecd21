package io.github.leakproof.cases.threadlocal;

/** Error Prone honours @SuppressWarnings; SpotBugs cannot see it (SOURCE retention). */
public final class SuppressedWithSuppressWarnings {
  @SuppressWarnings("ThreadLocalNotRemoved") // the thread is created per job and dies with it
  // NOT-ERRORPRONE: suppressed by @SuppressWarnings, which javac drops before the class file, so SpotBugs still reports it
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<String> JOB = new ThreadLocal<>();

  private SuppressedWithSuppressWarnings() {}

  static void start(String job) {
    JOB.set(job);
  }
}
