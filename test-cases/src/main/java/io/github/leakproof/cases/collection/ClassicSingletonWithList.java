package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;

/** Positive: an eager singleton collecting audit events in an instance list: the singleton never dies. */
public final class ClassicSingletonWithList {
  private static final ClassicSingletonWithList INSTANCE = new ClassicSingletonWithList();

  // BUG: Diagnostic contains: singleton
  private final List<String> events = new ArrayList<>();

  private ClassicSingletonWithList() {}

  public static ClassicSingletonWithList get() {
    return INSTANCE;
  }

  public synchronized void audit(String event) {
    events.add(event);
  }

  public synchronized int count() {
    return events.size();
  }
}
