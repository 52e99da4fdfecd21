package io.github.leakproof.cases.threadlocal;

/**
 * Positive: a package-private holder set here and removed nowhere in the program. Both front ends
 * see it: SpotBugs reads every class, Error Prone every file of the compilation.
 */
public class PackagePrivateFieldNeverRemoved {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  static final ThreadLocal<Integer> DEPTH = new ThreadLocal<>();

  void enter(int depth) {
    DEPTH.set(depth);
  }
}
