package io.github.leakproof.cases.threadlocal;

/** Negative: set and clear guarded by the same flag; the finally covers the set whenever it ran. */
public class ConditionalSetAndClear {
  private static final boolean TRACK = Boolean.getBoolean("track.requests");
  private static final ThreadLocal<Object> LAST_REQUEST = new ThreadLocal<>();

  public void service(Object request, Runnable chain) {
    if (TRACK) {
      LAST_REQUEST.set(request);
    }
    try {
      chain.run();
    } finally {
      if (TRACK) {
        LAST_REQUEST.set(null);
      }
    }
  }
}
