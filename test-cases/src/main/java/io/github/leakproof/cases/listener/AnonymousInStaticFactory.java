package io.github.leakproof.cases.listener;

import javax.swing.JLabel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.Document;

/** Negative: an anonymous listener made in a static factory has no enclosing instance to keep alive. */
public final class AnonymousInStaticFactory {
  private AnonymousInStaticFactory() {}

  public static JLabel lengthLabel(Document document) {
    JLabel label = new JLabel();
    document.addDocumentListener(new DocumentListener() {
      @Override
      public void insertUpdate(DocumentEvent e) {
        label.setText(Integer.toString(e.getDocument().getLength()));
      }

      @Override
      public void removeUpdate(DocumentEvent e) {
        insertUpdate(e);
      }

      @Override
      public void changedUpdate(DocumentEvent e) {}
    });
    return label;
  }
}
