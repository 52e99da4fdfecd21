package io.github.leakproof.cases.innerclass;

/**
 * Negative: a ThreadLocal holds an inner instance only while the request runs and is removed in a
 * finally (a ThreadLocal never removed is ThreadLocalNotRemoved's finding, not this check's).
 */
public class ThreadLocalSetAndRemoved {
  private static final ThreadLocal<Object> CURRENT = new ThreadLocal<>();

  private final String tenant;

  public ThreadLocalSetAndRemoved(String tenant) {
    this.tenant = tenant;
  }

  public void handle(Runnable work) {
    CURRENT.set(new Scope());
    try {
      work.run();
    } finally {
      CURRENT.remove();
    }
  }

  class Scope {
    @Override
    public String toString() {
      return tenant;
    }
  }
}
