package io.github.leakproof.cases.threadlocal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Negative: removes every registered ThreadLocal at the end of each request. */
public final class RequestCleanup {
  private static final List<ThreadLocal<?>> LOCALS = new CopyOnWriteArrayList<>();

  private RequestCleanup() {}

  public static void register(ThreadLocal<?> local) {
    LOCALS.add(local);
  }

  public static void endOfRequest() {
    for (ThreadLocal<?> local : LOCALS) {
      local.remove();
    }
  }
}
