package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.util.ArrayList;
import java.util.List;

/**
 * Negative: a row registers itself on the table's shared bean; the table that owns the rows removes
 * each row from the bean when it drops it. The removal is not in the registering class but in its
 * owner, in the same file (and, for SpotBugs, in the analysed program).
 */
public class RemovedByOwner {
  private final PropertyChangeSupport bean = new PropertyChangeSupport(this);
  private final List<Row> rows = new ArrayList<>();

  public void addRow() {
    rows.add(new Row(bean));
  }

  public void clear() {
    for (Row row : rows) {
      bean.removePropertyChangeListener(row);
    }
    rows.clear();
  }
}

/** A row of the table above: listens to the bean it is given. */
class Row implements PropertyChangeListener {
  private Object value;

  Row(PropertyChangeSupport bean) {
    bean.addPropertyChangeListener(this);
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    value = event.getNewValue();
  }

  Object value() {
    return value;
  }
}
