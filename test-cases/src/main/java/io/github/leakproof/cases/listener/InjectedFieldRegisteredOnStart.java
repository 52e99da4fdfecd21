package io.github.leakproof.cases.listener;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;

/**
 * Positive: the bus is received by the constructor and kept in a field; {@code start()} registers
 * the component on it, and {@code stop()} forgets to unregister.
 */
public class InjectedFieldRegisteredOnStart {
  private final EventBus events;
  private volatile boolean running;

  public InjectedFieldRegisteredOnStart(EventBus events) {
    this.events = events;
  }

  public void start() {
    running = true;
    // BUG: Diagnostic contains: ListenerNotRemoved
    events.register(this);
  }

  public void stop() {
    running = false;
  }

  @Subscribe
  public void onTick(Long tick) {
    if (running) {
      System.out.println(tick);
    }
  }
}
