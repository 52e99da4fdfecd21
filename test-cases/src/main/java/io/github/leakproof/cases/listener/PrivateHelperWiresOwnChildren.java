package io.github.leakproof.cases.listener;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JPanel;

/**
 * Negative: a private helper adds the panel as listener to the buttons it is given — the panel's own
 * children, made in its constructor. A private method's parameter is not taken for a foreign source.
 */
public class PrivateHelperWiresOwnChildren extends JPanel implements ActionListener {
  private int clicks;

  public PrivateHelperWiresOwnChildren() {
    wire(new JButton("Apply"));
    wire(new JCheckBox("Auto"));
  }

  private void wire(AbstractButton button) {
    button.addActionListener(this);
    add(button);
  }

  @Override
  public void actionPerformed(ActionEvent event) {
    clicks++;
  }

  public int clicks() {
    return clicks;
  }
}
