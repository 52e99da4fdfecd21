package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import javax.swing.UIManager;

/** Negative: the view listens on the static UIManager and removes itself in {@code dispose()}. */
public class RemovedInDispose implements PropertyChangeListener {
  private int changes;

  public RemovedInDispose() {
    UIManager.addPropertyChangeListener(this);
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    changes++;
  }

  public void dispose() {
    UIManager.removePropertyChangeListener(this);
  }

  public int changes() {
    return changes;
  }
}
