// OPTIONS: Leakproof:Strict=listener-parameters
package io.github.leakproof.cases.listener;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;
import javax.swing.table.AbstractTableModel;

/**
 * Positive with {@code Leakproof:Strict=listener-parameters} (found in JFreeChart's XYDatasetTableModel) (the source is the caller's object and the class declares no lifecycle end, so the default is silent: {@code CallersSourceWithoutLifecycleEnd}): a table model's setter listens to each new
 * data model it is given and never stops listening to the old one, which keeps the table model alive.
 */
public class DatasetSetterForgetsOldModel extends AbstractTableModel implements ChangeListener {
  /** A data model others share. */
  public interface Series {
    int size();

    void addChangeListener(ChangeListener listener);

    void removeChangeListener(ChangeListener listener);
  }

  private transient Series model;

  public void setModel(Series model) {
    this.model = model;
    // BUG: Diagnostic contains: removeChangeListener
    this.model.addChangeListener(this);
    fireTableDataChanged();
  }

  @Override
  public void stateChanged(ChangeEvent event) {
    fireTableDataChanged();
  }

  @Override
  public int getRowCount() {
    return model == null ? 0 : model.size();
  }

  @Override
  public int getColumnCount() {
    return 1;
  }

  @Override
  public Object getValueAt(int row, int column) {
    return row;
  }
}
