// OPTIONS: Leakproof:Strict=listener-parameters
package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/**
 * Positive with {@code Leakproof:Strict=listener-parameters}, once (the source is the caller's object and the class declares no lifecycle end, so the default is silent: {@code CallersSourceWithoutLifecycleEnd}): a serialisable table model listens to the series it is given and never stops;
 * {@code readObject} redoes the constructor's registration after deserialisation. The constructor's
 * registration is reported; the copy in {@code readObject} is the same leak and is not reported again.
 */
public class ReRegisteredInReadObject implements PropertyChangeListener, Serializable {
  private static final long serialVersionUID = 1L;

  private final transient PropertyChangeSupport series;
  private int rows;

  public ReRegisteredInReadObject(PropertyChangeSupport series) {
    this.series = series;
    // BUG: Diagnostic contains: ListenerNotRemoved
    series.addPropertyChangeListener(this);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (series != null) {
      series.addPropertyChangeListener(this);
    }
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    rows++;
  }

  public int rows() {
    return rows;
  }
}
