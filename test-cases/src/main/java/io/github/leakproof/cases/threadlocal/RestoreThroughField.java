package io.github.leakproof.cases.threadlocal;

/** Negative: a transaction info binds itself and later puts back the one it replaced, kept in a field. */
public class RestoreThroughField {
  private static final ThreadLocal<RestoreThroughField> CURRENT = new ThreadLocal<>();

  private RestoreThroughField previous;

  void bindToThread() {
    previous = CURRENT.get();
    CURRENT.set(this);
  }

  void restoreThreadLocalStatus() {
    CURRENT.set(previous);
  }
}
