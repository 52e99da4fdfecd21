// OPTIONS: Leakproof:Strict=listener-parameters
package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/**
 * Positive with {@code Leakproof:Strict=listener-parameters} (the source is the caller's object and the class declares no lifecycle end, so the default is silent: {@code CallersSourceWithoutLifecycleEnd}): the listener is a separate (static) forwarding class, but it is built around {@code this}
 * — a strong reference, unlike a weak listener — and registered on a bean the view is given.
 */
public class ForwardingListenerAroundThis {
  /** Forwards events to a view it holds strongly. */
  static final class Forwarder implements PropertyChangeListener {
    private final ForwardingListenerAroundThis target;

    Forwarder(ForwardingListenerAroundThis target) {
      this.target = target;
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
      target.changes++;
    }
  }

  private int changes;

  public ForwardingListenerAroundThis(PropertyChangeSupport bean) {
    // BUG: Diagnostic contains: ListenerNotRemoved
    bean.addPropertyChangeListener(new Forwarder(this));
  }

  public int changes() {
    return changes;
  }
}
