// OPTIONS: Leakproof:Strict=listener-parameters
package io.github.leakproof.cases.listener;

import javax.swing.BoundedRangeModel;
import javax.swing.JLabel;
import javax.swing.event.ChangeEvent;

/**
 * Positive with {@code Leakproof:Strict=listener-parameters} (the source is the caller's object and the class declares no lifecycle end, so the default is silent: {@code CallersSourceWithoutLifecycleEnd}): a label shows a model's value; it registers {@code this::update} on the model it is given
 * (shared by other views, living as long as the document) and never removes it.
 */
public class MethodReferenceOnModelParameter extends JLabel {
  private final BoundedRangeModel model;

  public MethodReferenceOnModelParameter(BoundedRangeModel model) {
    this.model = model;
    // BUG: Diagnostic contains: removeChangeListener
    model.addChangeListener(this::update);
  }

  private void update(ChangeEvent event) {
    setText(Integer.toString(model.getValue()));
  }
}
