package io.github.leakproof.cases.listener;

import java.awt.event.MouseWheelEvent;
import java.awt.event.MouseWheelListener;

/**
 * Front ends differ (found in JFreeChart: MouseWheelHandler and ChartPanel): a wheel handler adds
 * itself to the panel it is given; the panel — in another file, {@link ZoomablePanel} — makes the
 * handler and removes it when zooming is turned off. Not a leak: SpotBugs sees the panel's removal;
 * Error Prone does when the panel is compiled in the same run (tested in {@code
 * ListenerRemovedByTheSourceTest}).
 */
public class WheelZoomHandler implements MouseWheelListener {
  private final ZoomablePanel panel;
  private double zoom = 1.0;

  public WheelZoomHandler(ZoomablePanel panel) {
    this.panel = panel;
    // NOT-SPOTBUGS: the removal is in ZoomablePanel, another file: Error Prone reads it when both are compiled together (a module's build), not in the corpus, where each case compiles alone
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
