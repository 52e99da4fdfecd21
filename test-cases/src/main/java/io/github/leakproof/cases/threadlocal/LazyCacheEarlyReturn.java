package io.github.leakproof.cases.threadlocal;

/** Negative by default: the early-return shape of a per-thread cache filled on first use. */
public final class LazyCacheEarlyReturn {
  private static final ThreadLocal<char[]> SCRATCH = new ThreadLocal<>();

  private LazyCacheEarlyReturn() {}

  static char[] scratch() {
    char[] buffer = SCRATCH.get();
    if (buffer != null) {
      return buffer;
    }
    buffer = new char[8192];
    SCRATCH.set(buffer);
    return buffer;
  }
}
