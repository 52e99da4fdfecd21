package io.github.leakproof.cases.threadlocal;

/** Positive: set, work, remove — but if the work throws, the value stays on the pooled thread. */
public class RemoveNotInFinally {
  private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

  public void handle(String requestId, Runnable work) {
    // BUG: Diagnostic contains: ThreadLocalNotRemoved
    REQUEST_ID.set(requestId);
    work.run();
    audit();
    REQUEST_ID.remove();
  }

  private void audit() {
    System.out.println("done " + REQUEST_ID.get());
  }
}
