package io.github.leakproof.cases.listener;

import javax.swing.BoundedRangeModel;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

/**
 * Negative: the JFreeChart/Swing idiom — a view listens to the model it is given, and its setter
 * removes itself from the old model before listening to the new one.
 */
public class ModelSwappedBySetter implements ChangeListener {
  private BoundedRangeModel model;
  private int value;

  public ModelSwappedBySetter(BoundedRangeModel model) {
    setModel(model);
  }

  public void setModel(BoundedRangeModel model) {
    if (this.model != null) {
      this.model.removeChangeListener(this);
    }
    this.model = model;
    model.addChangeListener(this);
  }

  @Override
  public void stateChanged(ChangeEvent event) {
    value = model.getValue();
  }

  public int value() {
    return value;
  }
}
