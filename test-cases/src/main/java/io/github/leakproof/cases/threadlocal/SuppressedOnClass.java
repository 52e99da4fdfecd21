package io.github.leakproof.cases.threadlocal;

import io.github.leakproof.annotations.SuppressLeak;

/** Negative: every finding of the check suppressed for a whole class. */
@SuppressLeak(value = "LEAK_THREADLOCAL_NOT_REMOVED", reason = "a per-thread cache for a fixed set of worker threads")
public final class SuppressedOnClass {
  private static final ThreadLocal<StringBuilder> BUFFER = new ThreadLocal<>();

  private SuppressedOnClass() {}

  static StringBuilder buffer() {
    StringBuilder sb = BUFFER.get();
    if (sb == null) {
      sb = new StringBuilder();
      BUFFER.set(sb);
    }
    return sb;
  }

  static final class Nested {
    private static final ThreadLocal<Integer> DEPTH = new ThreadLocal<>();

    private Nested() {}

    static void enter(int depth) {
      DEPTH.set(depth);
    }
  }
}
