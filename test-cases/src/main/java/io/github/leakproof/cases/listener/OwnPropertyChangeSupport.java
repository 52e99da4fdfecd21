package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/**
 * Negative: a bean's own PropertyChangeSupport, created by the bean, with the usual delegating
 * add/remove methods: the support dies with the bean, and the listeners are the callers'.
 */
public class OwnPropertyChangeSupport {
  private final PropertyChangeSupport changes = new PropertyChangeSupport(this);
  private String name = "";

  public void addPropertyChangeListener(PropertyChangeListener listener) {
    changes.addPropertyChangeListener(listener);
  }

  public void removePropertyChangeListener(PropertyChangeListener listener) {
    changes.removePropertyChangeListener(listener);
  }

  public void setName(String name) {
    String old = this.name;
    this.name = name;
    changes.firePropertyChange("name", old, name);
  }
}
