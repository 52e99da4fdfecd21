package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/** Negative: the listener is a static nested class that holds nothing of the registering object. */
public class StaticNestedListener {
  /** Counts changes, for all views together. */
  static final class ChangeCounter implements PropertyChangeListener {
    static int changes;

    @Override
    public void propertyChange(PropertyChangeEvent event) {
      changes++;
    }
  }

  public StaticNestedListener(PropertyChangeSupport bean) {
    bean.addPropertyChangeListener(new ChangeCounter());
  }
}
