package io.github.leakproof.cases.listener;

import java.util.ArrayList;
import java.util.List;

/** Positive: a widget registers itself on an enum singleton clock and never removes itself. */
public class EnumSingletonClock {
  /** A process-wide clock, an enum singleton. */
  public enum Clock {
    INSTANCE;

    private final List<TickListener> listeners = new ArrayList<>();

    public synchronized void addTickListener(TickListener listener) {
      listeners.add(listener);
    }

    public synchronized void removeTickListener(TickListener listener) {
      listeners.remove(listener);
    }
  }

  /** Told every second. */
  public interface TickListener {
    void tick(long now);
  }

  /** A clock face. */
  public static final class ClockFace implements TickListener {
    private long shown;

    public void show() {
      // BUG: Diagnostic contains: ListenerNotRemoved
      Clock.INSTANCE.addTickListener(this);
    }

    @Override
    public void tick(long now) {
      shown = now;
    }

    public long shown() {
      return shown;
    }
  }
}
