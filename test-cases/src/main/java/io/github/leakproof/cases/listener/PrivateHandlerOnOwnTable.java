package io.github.leakproof.cases.listener;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JScrollPane;
import javax.swing.JTable;

/**
 * Negative: a private handler class adds itself to the table its constructor is given — always the
 * panel's own table, as only this file can make a private class's instances.
 */
public class PrivateHandlerOnOwnTable extends JScrollPane {
  private final JTable table = new JTable(3, 2);
  private int doubleClicks;

  public PrivateHandlerOnOwnTable() {
    setViewportView(table);
    new DoubleClickHandler(table);
  }

  public int doubleClicks() {
    return doubleClicks;
  }

  private final class DoubleClickHandler extends MouseAdapter {
    DoubleClickHandler(JTable target) {
      target.addMouseListener(this);
    }

    @Override
    public void mouseClicked(MouseEvent event) {
      if (event.getClickCount() == 2) {
        doubleClicks++;
      }
    }
  }
}
