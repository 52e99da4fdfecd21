package io.github.leakproof.cases.listener;

import java.awt.event.MouseWheelEvent;
import java.awt.event.MouseWheelListener;

/**
 * Negative (found in JFreeChart: MouseWheelHandler and ChartPanel): a wheel handler adds itself to the
 * panel it is given; the panel — in another file, {@link ZoomablePanel} — makes the handler, keeps it
 * in a field and removes it when zooming is turned off. Not a leak: the panel holds the handler anyway
 * (a field of the handler's type), so the two die together; SpotBugs also sees the panel's removal, and
 * so does Error Prone when the panel is compiled in the same run ({@code ListenerRemovedByTheSourceTest}).
 */
public class WheelZoomHandler implements MouseWheelListener {
  private final ZoomablePanel panel;
  private double zoom = 1.0;

  public WheelZoomHandler(ZoomablePanel panel) {
    this.panel = panel;
    this.panel.addMouseWheelListener(this);
  }

  @Override
  public void mouseWheelMoved(MouseWheelEvent event) {
    zoom *= event.getWheelRotation() > 0 ? 1.1 : 0.9;
    panel.repaint();
  }

  public double zoom() {
    return zoom;
  }
}
