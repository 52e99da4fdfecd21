package io.github.leakproof.cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Negative: an application's wiring subscribes its audit log to the event stream once and drops the
 * handle; it has no close/stop/dispose — it lives as long as the application, and nothing would ever
 * undo the subscription anyway.
 */
public class HandleDroppedWithoutLifecycleEnd {
  /** Undoes one subscription. */
  public interface Registration {
    void remove();
  }

  /** The application's event stream. */
  public static final class Events {
    private final List<Consumer<String>> subscribers = new ArrayList<>();

    public Registration subscribe(Consumer<String> subscriber) {
      subscribers.add(subscriber);
      return () -> subscribers.remove(subscriber);
    }
  }

  private final List<String> audit = new ArrayList<>();

  public void wire(Events events) {
    events.subscribe(audit::add);
  }

  public List<String> audit() {
    return audit;
  }
}
