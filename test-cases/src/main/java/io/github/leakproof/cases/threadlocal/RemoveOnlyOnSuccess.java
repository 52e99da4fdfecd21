package io.github.leakproof.cases.threadlocal;

import java.util.concurrent.Callable;

/** Positive: the value is removed only when the job succeeds. */
public class RemoveOnlyOnSuccess {
  private static final ThreadLocal<Long> JOB_ID = new ThreadLocal<>();

  public boolean run(long jobId, Callable<Boolean> job) throws Exception {
    // BUG: Diagnostic contains: ThreadLocalNotRemoved
    JOB_ID.set(jobId);
    boolean ok = job.call();
    if (ok) {
      JOB_ID.remove();
    }
    return ok;
  }
}
