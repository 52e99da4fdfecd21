package io.github.leakproof.cases.listener;

import javax.swing.JPanel;

/** Negative, the owner of {@link WheelZoomHandler}: it makes the handler and removes it when zooming is turned off. */
public class ZoomablePanel extends JPanel {
  private transient WheelZoomHandler wheelHandler;

  public void setMouseWheelEnabled(boolean enabled) {
    if (enabled && wheelHandler == null) {
      wheelHandler = new WheelZoomHandler(this);
    } else if (!enabled && wheelHandler != null) {
      removeMouseWheelListener(wheelHandler);
      wheelHandler = null;
    }
  }
}
