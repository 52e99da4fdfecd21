// OPTIONS: Leakproof:Strict=listener-parameters
package io.github.leakproof.cases.listener;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.Document;

/**
 * Positive with {@code Leakproof:Strict=listener-parameters} (the source is the caller's object and the class declares no lifecycle end, so the default is silent: {@code CallersSourceWithoutLifecycleEnd}): an editor tab listens to a shared document (opened in several tabs) through an inner
 * class that marks the tab dirty; closing the tab leaves it attached to the document.
 */
public class InnerClassDocumentListener {
  private boolean dirty;

  public InnerClassDocumentListener(Document document) {
    // BUG: Diagnostic contains: removeDocumentListener
    document.addDocumentListener(new DirtyMarker());
  }

  public boolean isDirty() {
    return dirty;
  }

  private class DirtyMarker implements DocumentListener {
    @Override
    public void insertUpdate(DocumentEvent e) {
      dirty = true;
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
      dirty = true;
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
      dirty = true;
    }
  }
}
