package io.github.leakproof.cases.listener;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.beans.PropertyChangeEvent;
import javax.swing.JPanel;

/**
 * Positive: a panel tracks the focus owner through the process-wide keyboard focus manager, with a
 * lambda that calls the panel: a classic Swing leak — the panel outlives its window.
 */
public class FocusOwnerListener extends JPanel {
  private transient Component focused;

  public void install() {
    // BUG: Diagnostic contains: ListenerNotRemoved
    KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("focusOwner", this::focusChanged);
  }

  private void focusChanged(PropertyChangeEvent event) {
    focused = (Component) event.getNewValue();
    repaint();
  }
}
