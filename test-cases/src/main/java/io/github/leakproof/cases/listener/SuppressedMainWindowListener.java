package io.github.leakproof.cases.listener;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.awt.KeyboardFocusManager;
import java.beans.PropertyChangeEvent;
import javax.swing.JFrame;

/**
 * Negative: the application's one main window tracks the focus owner for its status bar; it lives as
 * long as the application, so the registration is suppressed for Error Prone (@SuppressWarnings) and
 * SpotBugs (@SuppressFBWarnings).
 */
public class SuppressedMainWindowListener extends JFrame {
  private transient Object focusOwner;

  @SuppressWarnings("ListenerNotRemoved")
  @SuppressFBWarnings(value = "LEAK_LISTENER_NOT_REMOVED", justification = "the main window lives as long as the application")
  public void installStatusBar() {
    KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("focusOwner", this::focusChanged);
  }

  private void focusChanged(PropertyChangeEvent event) {
    focusOwner = event.getNewValue();
    repaint();
  }
}
