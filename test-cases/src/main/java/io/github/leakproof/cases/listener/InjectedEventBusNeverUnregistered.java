package io.github.leakproof.cases.listener;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;

/**
 * Positive: a per-request handler registers itself on the application's injected Guava EventBus in
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
