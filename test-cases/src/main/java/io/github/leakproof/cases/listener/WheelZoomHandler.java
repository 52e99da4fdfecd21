package io.github.leakproof.cases.listener;

import java.awt.event.MouseWheelEvent;
import java.awt.event.MouseWheelListener;
import javax.swing.JComponent;

/**
 * Front ends differ (found in JFreeChart: MouseWheelHandler and ChartPanel): a wheel handler adds
 * itself to the panel it is given; the panel — in another file, {@link ZoomablePanel} — makes the
 * handler and removes it when zooming is turned off. Not a leak: SpotBugs sees the panel's removal.
 */
public class WheelZoomHandler implements MouseWheelListener {
  private final JComponent panel;
  private double zoom = 1.0;

  public WheelZoomHandler(JComponent panel) {
    this.panel = panel;
    // NOT-SPOTBUGS: the removal is in ZoomablePanel, another file; Error Prone sees one file at a time
    // BUG: Diagnostic contains: ListenerNotRemoved
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
