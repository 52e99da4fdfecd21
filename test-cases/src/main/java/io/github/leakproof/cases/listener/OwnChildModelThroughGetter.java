package io.github.leakproof.cases.listener;

import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.event.ListSelectionEvent;
import javax.swing.event.ListSelectionListener;

/**
 * Negative: a panel listens to the selection model of its own list, reached through a getter: a
 * source the check cannot trace is not reported (here it belongs to the panel's own child).
 */
public class OwnChildModelThroughGetter extends JScrollPane implements ListSelectionListener {
  private final JList<String> items = new JList<>(new String[] {"a", "b"});
  private String selected;

  public OwnChildModelThroughGetter() {
    setViewportView(items);
    items.getSelectionModel().addListSelectionListener(this);
  }

  @Override
  public void valueChanged(ListSelectionEvent event) {
    selected = items.getSelectedValue();
  }

  public String selected() {
    return selected;
  }
}
