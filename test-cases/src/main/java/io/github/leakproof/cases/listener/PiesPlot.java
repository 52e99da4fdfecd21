package io.github.leakproof.cases.listener;

import io.github.leakproof.cases.listener.PieAdaptorOverSharedDataset.TableData;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

/**
 * Negative, and the owner of {@link PieAdaptorOverSharedDataset}: a plot listens to its dataset and
 * swaps listening when the dataset changes. It removes only itself, which does not undo the
 * adaptors' registrations.
 */
public class PiesPlot implements ChangeListener {
  private TableData dataset;
  private double total;

  public PiesPlot(TableData dataset) {
    setDataset(dataset);
  }

  public void setDataset(TableData dataset) {
    if (this.dataset != null) {
      this.dataset.removeChangeListener(this);
    }
    this.dataset = dataset;
    dataset.addChangeListener(this);
  }

  public void paint(int rows) {
    for (int row = 0; row < rows; row++) {
      total += new PieAdaptorOverSharedDataset(dataset, row).slice(0);
    }
  }

  @Override
  public void stateChanged(ChangeEvent event) {
    total = 0;
  }
}
