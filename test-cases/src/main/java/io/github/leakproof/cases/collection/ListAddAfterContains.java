package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;

/**
 * Positive: a list added to after a {@code contains} test holds every distinct value once — still a
 * registry that only grows. Unlike a memo cache, whose entries could be computed again, the values are the
 * data itself: nothing could bound the list without losing them, so the test does not make it a memo cache.
 */
public final class ListAddAfterContains {
  /** Notified of configuration changes. */
  public interface Listener {
    void changed(String key);
  }

  // BUG: Diagnostic contains: LISTENERS
  private static final List<Listener> LISTENERS = new ArrayList<>();

  private ListAddAfterContains() {}

  public static synchronized void addListener(Listener listener) {
    if (!LISTENERS.contains(listener)) {
      LISTENERS.add(listener);
    }
  }

  public static synchronized void fire(String key) {
    for (Listener listener : List.copyOf(LISTENERS)) {
      listener.changed(key);
    }
  }
}
