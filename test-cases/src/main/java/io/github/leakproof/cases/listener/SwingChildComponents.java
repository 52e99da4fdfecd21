package io.github.leakproof.cases.listener;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * Negative: a panel adds listeners to the child components it creates itself (a field and a local):
 * the children live no longer than the panel, so the cycle is collected with it.
 */
public class SwingChildComponents extends JPanel implements ActionListener {
  private final JButton save = new JButton("Save");
  private final JTextField name = new JTextField(20);

  public SwingChildComponents() {
    save.addActionListener(this);
    name.addActionListener(event -> save.doClick());
    JButton cancel = new JButton("Cancel");
    cancel.addActionListener(event -> name.setText(""));
    add(name);
    add(save);
    add(cancel);
  }

  @Override
  public void actionPerformed(ActionEvent event) {
    name.setEnabled(false);
  }
}
