package io.github.leakproof.cases.listener;

import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * Positive: a panel listens for look-and-feel changes through the static {@code UIManager}; the
 * lambda calls the panel's own methods, so UIManager keeps every such panel alive forever.
 */
public class LookAndFeelListenerOnUiManager extends JPanel {
  public LookAndFeelListenerOnUiManager() {
    // BUG: Diagnostic contains: removePropertyChangeListener
    UIManager.addPropertyChangeListener(event -> updateUI());
  }
}
