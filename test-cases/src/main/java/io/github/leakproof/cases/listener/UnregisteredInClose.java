package io.github.leakproof.cases.listener;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;

/** Negative: registered on the injected Guava bus, unregistered in {@code close()}. */
public class UnregisteredInClose implements AutoCloseable {
  private final EventBus bus;
  private long received;

  public UnregisteredInClose(EventBus bus) {
    this.bus = bus;
    bus.register(this);
  }

  @Subscribe
  public void on(Long event) {
    received += event;
  }

  @Override
  public void close() {
    bus.unregister(this);
  }

  public long received() {
    return received;
  }
}
