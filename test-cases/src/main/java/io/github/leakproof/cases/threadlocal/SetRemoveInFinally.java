package io.github.leakproof.cases.threadlocal;

/** Negative: the request-scoped pattern done right. */
public class SetRemoveInFinally {
  private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

  public void handle(String requestId, Runnable work) {
    REQUEST_ID.set(requestId);
    try {
      work.run();
    } finally {
      REQUEST_ID.remove();
    }
  }
}
