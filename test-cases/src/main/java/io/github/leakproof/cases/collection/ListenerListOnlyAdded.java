package io.github.leakproof.cases.collection;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Positive: a static event bus whose subscribers are added and never removed, so subscribers live forever. */
public final class ListenerListOnlyAdded {
  // BUG: Diagnostic contains: add(…)
  private static final List<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();

  private ListenerListOnlyAdded() {}

  public static void addListener(Consumer<String> listener) {
    LISTENERS.add(listener);
  }

  public static void publish(String event) {
    LISTENERS.forEach(listener -> listener.accept(event));
  }
}
