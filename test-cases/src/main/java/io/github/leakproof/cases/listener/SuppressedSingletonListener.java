package io.github.leakproof.cases.listener;

import io.github.leakproof.annotations.SuppressLeak;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import javax.swing.UIManager;

/** Negative: the main window lives as long as the application; the registration is suppressed with a reason. */
public class SuppressedSingletonListener implements PropertyChangeListener {
  private int changes;

  @SuppressLeak(value = "ListenerNotRemoved", reason = "the main window lives as long as the application")
  public SuppressedSingletonListener() {
    UIManager.addPropertyChangeListener(this);
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    changes++;
  }

  public int changes() {
    return changes;
  }
}
