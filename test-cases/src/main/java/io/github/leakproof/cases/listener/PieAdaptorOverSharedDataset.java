// OPTIONS: Leakproof:Strict=listener-parameters
package io.github.leakproof.cases.listener;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

/**
 * Positive with {@code Leakproof:Strict=listener-parameters} (found in JFreeChart: CategoryToPieDataset, made by MultiplePiePlot on every paint) (the source is the caller's object and the class declares no lifecycle end, so the default is silent: {@code CallersSourceWithoutLifecycleEnd}): an
 * adaptor listens to the dataset it wraps and never stops. {@link PiesPlot} makes one per paint and
 * only ever removes itself from the dataset, so the dataset's listener list grows with each repaint.
 */
public class PieAdaptorOverSharedDataset implements ChangeListener {
  /** A table of values, shared by the charts that show it. */
  public interface TableData {
    double value(int row, int column);

    void addChangeListener(ChangeListener listener);

    void removeChangeListener(ChangeListener listener);
  }

  private final TableData source;
  private final int row;
  private boolean stale;

  public PieAdaptorOverSharedDataset(TableData source, int row) {
    this.source = source;
    this.row = row;
    // BUG: Diagnostic contains: ListenerNotRemoved
    this.source.addChangeListener(this);
  }

  public double slice(int column) {
    return source.value(row, column);
  }

  @Override
  public void stateChanged(ChangeEvent event) {
    stale = true;
  }

  public boolean isStale() {
    return stale;
  }
}
