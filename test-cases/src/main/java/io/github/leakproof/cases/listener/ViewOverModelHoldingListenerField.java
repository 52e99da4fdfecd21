// OPTIONS: Leakproof:Strict=listener-parameters
package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/**
 * Positive with {@code Leakproof:Strict=listener-parameters} (the source is the caller's object and the class declares no lifecycle end, so the default is silent: {@code CallersSourceWithoutLifecycleEnd}): the model has a field of a listener type, but nothing says it holds this view: every view
 * made over a long-lived model stays registered, and reachable, as long as the model lives.
 */
public class ViewOverModelHoldingListenerField {
  /** The model: its field holds one listener of its choosing, not the views registered on it. */
  public static class Model {
    private final PropertyChangeSupport changes = new PropertyChangeSupport(this);
    private PropertyChangeListener auditor;

    public void setAuditor(PropertyChangeListener auditor) {
      this.auditor = auditor;
    }

    public void addPropertyChangeListener(PropertyChangeListener listener) {
      changes.addPropertyChangeListener(listener);
    }

    public void removePropertyChangeListener(PropertyChangeListener listener) {
      changes.removePropertyChangeListener(listener);
    }
  }

  /** A view made per window over the shared model. */
  public static class SummaryView implements PropertyChangeListener {
    private String lastChange = "";

    public SummaryView(Model model) {
      // BUG: Diagnostic contains: ListenerNotRemoved
      model.addPropertyChangeListener(this);
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
      lastChange = event.getPropertyName();
    }

    public String lastChange() {
      return lastChange;
    }
  }
}
