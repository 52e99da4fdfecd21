package io.github.leakproof.cases.threadlocal;

/** Negative: a ThreadLocal subclass whose helper methods set and remove its own value. */
public class ThreadLocalSubclassOwnMethods extends ThreadLocal<Integer> {
  @Override
  protected Integer initialValue() {
    return 0;
  }

  public void increment() {
    set(get() + 1);
  }

  public void reset() {
    remove();
  }
}
