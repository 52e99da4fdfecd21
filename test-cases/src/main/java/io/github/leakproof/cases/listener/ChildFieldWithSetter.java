package io.github.leakproof.cases.listener;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import javax.swing.JCheckBox;
import javax.swing.JPanel;

/**
 * Negative (found in JFreeChart's axis editor): the panel makes its own check box and listens to it;
 * a protected setter lets subclasses replace the field. A field the object fills with its own new
 * component is its own, setter or not.
 */
public class ChildFieldWithSetter extends JPanel implements ActionListener {
  private JCheckBox autoRange;
  private boolean auto = true;

  public ChildFieldWithSetter() {
    add(createRangePanel());
  }

  protected JPanel createRangePanel() {
    JPanel panel = new JPanel();
    this.autoRange = new JCheckBox("Auto range", auto);
    this.autoRange.addActionListener(this);
    panel.add(this.autoRange);
    return panel;
  }

  protected void setAutoRange(JCheckBox autoRange) {
    this.autoRange = autoRange;
  }

  @Override
  public void actionPerformed(ActionEvent event) {
    auto = autoRange.isSelected();
  }
}
