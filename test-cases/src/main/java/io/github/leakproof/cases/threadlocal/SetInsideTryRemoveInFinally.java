package io.github.leakproof.cases.threadlocal;

import java.util.concurrent.Callable;

/** Negative: set inside the try, removed in its finally; an instance field used the same way. */
public class SetInsideTryRemoveInFinally {
  private final ThreadLocal<Object> session = new ThreadLocal<>();

  public <T> T withSession(Object s, Callable<T> work) throws Exception {
    try {
      session.set(s);
      return work.call();
    } finally {
      session.remove();
    }
  }
}
