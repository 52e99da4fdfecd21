package io.github.leakproof.cases.listener;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JComponent;

/** Negative: a component adds a mouse listener (an inner adapter) to itself: source and listener die together. */
public class RegistrationOnSelf extends JComponent {
  private int presses;

  public RegistrationOnSelf() {
    addMouseListener(new MouseAdapter() {
      @Override
      public void mousePressed(MouseEvent event) {
        presses++;
        repaint();
      }
    });
    this.addPropertyChangeListener(event -> revalidate());
  }

  public int presses() {
    return presses;
  }
}
