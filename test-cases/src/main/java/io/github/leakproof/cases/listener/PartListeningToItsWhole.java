package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/**
 * Negative: an editor makes its fold manager and keeps it in a field; the fold manager listens to the
 * editor it was given. The editor holds the fold manager anyway, listener or not: the two die together.
 */
public class PartListeningToItsWhole {
  /** The whole: it owns its fold manager. */
  public static class Editor {
    private final PropertyChangeSupport changes = new PropertyChangeSupport(this);
    private final FoldManager foldManager = new FoldManager(this);
    private boolean folding;

    public void addPropertyChangeListener(PropertyChangeListener listener) {
      changes.addPropertyChangeListener(listener);
    }

    public void removePropertyChangeListener(PropertyChangeListener listener) {
      changes.removePropertyChangeListener(listener);
    }

    public void setFolding(boolean folding) {
      boolean old = this.folding;
      this.folding = folding;
      changes.firePropertyChange("folding", old, folding);
    }

    public FoldManager foldManager() {
      return foldManager;
    }
  }

  /** The part: listens to the editor it belongs to. */
  public static class FoldManager implements PropertyChangeListener {
    private boolean enabled;

    public FoldManager(Editor editor) {
      editor.addPropertyChangeListener(this);
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
      enabled = Boolean.TRUE.equals(event.getNewValue());
    }

    public boolean isEnabled() {
      return enabled;
    }
  }
}
