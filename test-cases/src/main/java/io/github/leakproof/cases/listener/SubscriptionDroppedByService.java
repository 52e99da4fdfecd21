package io.github.leakproof.cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Positive: a service subscribes to a shared stream it is given and drops the {@code Subscription};
 * its {@code stop()} cannot cancel it, so the stream keeps calling (and holding) a stopped service.
 */
public class SubscriptionDroppedByService {
  /** Undoes one subscription. */
  public interface Subscription {
    void cancel();
  }

  /** A stream of prices shared by the application. */
  public static final class PriceStream {
    private final List<Consumer<Double>> subscribers = new ArrayList<>();

    public Subscription subscribe(Consumer<Double> subscriber) {
      subscribers.add(subscriber);
      return () -> subscribers.remove(subscriber);
    }
  }

  private double last;

  public void start(PriceStream prices) {
    // BUG: Diagnostic contains: Subscription
    prices.subscribe(this::onPrice);
  }

  private void onPrice(double price) {
    last = price;
  }

  public void stop() {
    last = 0;
  }

  public double last() {
    return last;
  }
}
