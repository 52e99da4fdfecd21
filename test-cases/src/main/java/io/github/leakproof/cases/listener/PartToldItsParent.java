package io.github.leakproof.cases.listener;

import java.util.ArrayList;
import java.util.List;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

/**
 * Negative (found in JFreeChart: {@code axis.setPlot(this); axis.addChangeListener(this)}): a plot is
 * given its axis, tells the axis it is its plot and listens to it. The axis is a part of the plot and
 * holds it anyway; the listener keeps nothing alive that the parent link does not.
 */
public class PartToldItsParent implements ChangeListener {
  /** An axis that knows its plot. */
  public static class Axis {
    private final List<ChangeListener> listeners = new ArrayList<>();
    private Object plot;

    public void setPlot(Object plot) {
      this.plot = plot;
    }

    public Object getPlot() {
      return plot;
    }

    public void addChangeListener(ChangeListener listener) {
      listeners.add(listener);
    }

    public void removeChangeListener(ChangeListener listener) {
      listeners.remove(listener);
    }
  }

  private final Axis domainAxis;
  private int changes;

  public PartToldItsParent(Axis domainAxis) {
    this.domainAxis = domainAxis;
    this.domainAxis.setPlot(this);
    this.domainAxis.addChangeListener(this);
  }

  @Override
  public void stateChanged(ChangeEvent event) {
    changes++;
  }

  public int changes() {
    return changes;
  }
}
