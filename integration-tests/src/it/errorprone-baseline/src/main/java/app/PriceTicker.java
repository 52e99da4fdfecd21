package app;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/** The application's one price feed: lives as long as the application. */
public final class PriceTicker {
  public static final PriceTicker INSTANCE = new PriceTicker();

  private final PropertyChangeSupport listeners = new PropertyChangeSupport(this);

  private PriceTicker() {}

  public void addPropertyChangeListener(PropertyChangeListener listener) {
    listeners.addPropertyChangeListener(listener);
  }

  public void removePropertyChangeListener(PropertyChangeListener listener) {
    listeners.removePropertyChangeListener(listener);
  }

  public void publish(String symbol, double price) {
    listeners.firePropertyChange(symbol, null, price);
  }
}
