package io.github.leakproof.cases.threadlocal;

import io.github.leakproof.annotations.SuppressLeak;

/** Negative: a "not removed on every path" finding suppressed on its method. */
public class SuppressedOnMethod {
  private static final ThreadLocal<String> PHASE = new ThreadLocal<>();

  @SuppressLeak(value = "ThreadLocalNotRemoved", reason = "runs on a dedicated thread that ends after the job")
  public void runJob(Runnable job) {
    PHASE.set("job");
    job.run();
    PHASE.remove();
  }
}
