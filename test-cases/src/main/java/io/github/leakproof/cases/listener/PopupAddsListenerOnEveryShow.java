package io.github.leakproof.cases.listener;

import java.awt.Component;

/**
 * Positive (found in JIDE's PopupWindow): a popup listens to the size of the component it was made for
 * each time it is shown, and {@code hide()} — the end of each showing — never removes the listener:
 * every show adds one more listener (holding the popup) to the caller's component. The source is the
 * caller's object and the class declares its lifecycle end ({@code hide}): reported by default.
 */
public class PopupAddsListenerOnEveryShow {
  private final Component component;
  private boolean showing;
  private int resized;

  public PopupAddsListenerOnEveryShow(Component component) {
    this.component = component;
  }

  public void show() {
    showing = true;
    // BUG: Diagnostic contains: removePropertyChangeListener
    component.addPropertyChangeListener("preferredSize", event -> resized++);
  }

  public void hide() {
    showing = false;
  }

  public boolean isShowing() {
    return showing;
  }

  public int resized() {
    return resized;
  }
}
