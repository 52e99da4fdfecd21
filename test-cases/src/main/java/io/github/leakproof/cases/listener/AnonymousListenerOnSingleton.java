package io.github.leakproof.cases.listener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Positive: a view registers an anonymous listener that refreshes the view on the application's
 * singleton event hub; the anonymous class holds the view, the hub holds the listener for ever.
 */
public class AnonymousListenerOnSingleton {
  /** An application-wide hub reached through {@code getInstance()}. */
  public static final class EventHub {
    private static final EventHub INSTANCE = new EventHub();
    private final List<DataListener> listeners = new CopyOnWriteArrayList<>();

    public static EventHub getInstance() {
      return INSTANCE;
    }

    public void addDataListener(DataListener listener) {
      listeners.add(listener);
    }

    public void removeDataListener(DataListener listener) {
      listeners.remove(listener);
    }
  }

  /** Told when the data changes. */
  public interface DataListener {
    void dataChanged(String key);
  }

  private int refreshes;

  public void open() {
    // BUG: Diagnostic contains: ListenerNotRemoved
    EventHub.getInstance().addDataListener(new DataListener() {
      @Override
      public void dataChanged(String key) {
        refresh();
      }
    });
  }

  private void refresh() {
    refreshes++;
  }

  public int refreshes() {
    return refreshes;
  }
}
