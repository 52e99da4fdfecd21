// OPTIONS: Leakproof:Strict=listener-parameters
package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/**
 * Positive with {@code Leakproof:Strict=listener-parameters} (the source is the caller's object and the class declares no lifecycle end, so the default is silent: {@code CallersSourceWithoutLifecycleEnd}): a form keeps its listener in a field (a lambda calling the form) and binds it to the beans
 * it is given; it never unbinds, so every bean shown keeps the form alive.
 */
public class ListenerFieldBoundToBean {
  private final PropertyChangeListener onChange = event -> refresh();
  private int refreshes;

  public void bind(PropertyChangeSupport bean) {
    // BUG: Diagnostic contains: ListenerNotRemoved
    bean.addPropertyChangeListener(onChange);
  }

  private void refresh() {
    refreshes++;
  }

  public int refreshes() {
    return refreshes;
  }
}
