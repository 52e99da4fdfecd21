// OPTIONS: Leakproof:ListenerPairs=on#off
package io.github.leakproof.cases.listener;

import java.util.HashMap;
import java.util.Map;

/**
 * Positive: with {@code Leakproof:ListenerPairs=on#off}, an emitter's {@code on(event, handler)} is a
 * registration undone by {@code off}; the widget registers a handler holding itself on the
 * application's static emitter and never calls {@code off}.
 */
public class UserListenerPairOption {
  /** An event-emitter style source. */
  public static final class Emitter {
    private final Map<String, Runnable> handlers = new HashMap<>();

    public void on(String event, Runnable handler) {
      handlers.put(event, handler);
    }

    public void off(String event) {
      handlers.remove(event);
    }
  }

  public static final Emitter APP_EVENTS = new Emitter();

  private int resizes;

  public void mount() {
    // BUG: Diagnostic contains: off(…)
    APP_EVENTS.on("resize", this::relayout);
  }

  private void relayout() {
    resizes++;
  }

  public int resizes() {
    return resizes;
  }
}
