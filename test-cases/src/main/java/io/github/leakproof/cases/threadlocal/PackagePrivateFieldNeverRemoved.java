package io.github.leakproof.cases.threadlocal;

/** Positive: a package-private holder set here and removed nowhere in the program. */
public class PackagePrivateFieldNeverRemoved {
  // NOT-ERRORPRONE: the field is visible to other files, which Error Prone does not see, so it cannot know nothing removes it
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  static final ThreadLocal<Integer> DEPTH = new ThreadLocal<>();

  void enter(int depth) {
    DEPTH.set(depth);
  }
}
