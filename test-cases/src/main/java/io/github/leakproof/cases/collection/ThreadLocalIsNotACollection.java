package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;

/** Negative here: a ThreadLocal list is ThreadLocalNotRemoved's business; it is removed, so nothing at all. */
public final class ThreadLocalIsNotACollection {
  private static final ThreadLocal<List<String>> TRACE = ThreadLocal.withInitial(ArrayList::new);

  private ThreadLocalIsNotACollection() {}

  public static void traced(String step, Runnable work) {
    TRACE.get().add(step);
    try {
      work.run();
    } finally {
      TRACE.remove();
    }
  }
}
