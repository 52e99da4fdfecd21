package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.lang.ref.WeakReference;
import javax.swing.UIManager;

/**
 * Negative: the view registers a weak wrapper around itself on the static UIManager; the wrapper
 * holds the view only weakly, so the view can be collected (the wrapper then forwards nothing).
 */
public class WeakListenerWrapper implements PropertyChangeListener {
  /** Forwards to a listener it holds weakly. */
  static final class WeakPropertyChangeListener implements PropertyChangeListener {
    private final WeakReference<PropertyChangeListener> target;

    WeakPropertyChangeListener(PropertyChangeListener target) {
      this.target = new WeakReference<>(target);
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
      PropertyChangeListener listener = target.get();
      if (listener != null) {
        listener.propertyChange(event);
      }
    }
  }

  private int changes;

  public WeakListenerWrapper() {
    UIManager.addPropertyChangeListener(new WeakPropertyChangeListener(this));
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    changes++;
  }

  public int changes() {
    return changes;
  }
}
