package io.github.leakproof.cases.threadlocal;

import io.github.leakproof.annotations.SuppressLeak;

/** Negative: suppressed with @SuppressLeak, which both front ends honour. */
public final class SuppressedWithSuppressLeak {
  @SuppressLeak(value = "ThreadLocalNotRemoved", reason = "threads are created per job and die with it")
  private static final ThreadLocal<String> JOB = new ThreadLocal<>();

  @SuppressLeak(value = "LEAK_THREADLOCAL_NOT_REMOVED", reason = "same, named by its SpotBugs bug type")
  private static final ThreadLocal<String> STEP = new ThreadLocal<>();

  private SuppressedWithSuppressLeak() {}

  static void start(String job, String step) {
    JOB.set(job);
    STEP.set(step);
  }
}
