package io.github.leakproof.cases.threadlocal;

/** Negative: an InheritableThreadLocal scoped correctly. */
public class InheritableRemovedInFinally {
  private static final InheritableThreadLocal<String> TRACE_ID = new InheritableThreadLocal<>();

  public void traced(String traceId, Runnable work) {
    TRACE_ID.set(traceId);
    try {
      work.run();
    } finally {
      TRACE_ID.remove();
    }
  }
}
