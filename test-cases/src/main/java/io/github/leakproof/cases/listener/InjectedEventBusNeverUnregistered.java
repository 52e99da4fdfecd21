// OPTIONS: Leakproof:Strict=listener-parameters
package io.github.leakproof.cases.listener;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;

/**
 * Positive with {@code Leakproof:Strict=listener-parameters} (the source is the caller's object and the class declares no lifecycle end, so the default is silent: {@code CallersSourceWithoutLifecycleEnd}): a per-request handler registers itself on the application's injected Guava EventBus in
 * its constructor and never unregisters: the bus keeps every handler ever made.
 */
public class InjectedEventBusNeverUnregistered {
  private final EventBus bus;
  private int orders;

  public InjectedEventBusNeverUnregistered(EventBus bus) {
    this.bus = bus;
    // BUG: Diagnostic contains: unregister
    bus.register(this);
  }

  @Subscribe
  public void onOrder(String order) {
    orders++;
  }

  public void publish(String order) {
    bus.post(order);
  }

  public int orders() {
    return orders;
  }
}
