// OPTIONS: Leakproof:Strict=listener-parameters
package io.github.leakproof.cases.listener;

import java.util.Observable;
import java.util.Observer;

/**
 * Positive with {@code Leakproof:Strict=listener-parameters} (the source is the caller's object and the class declares no lifecycle end, so the default is silent: {@code CallersSourceWithoutLifecycleEnd}): a dashboard observes a shared price feed ({@code java.util.Observable}) it is given, and
 * never calls {@code deleteObserver}: the feed keeps every dashboard alive.
 */
@SuppressWarnings("deprecation")
public class ObserverOfSharedObservable implements Observer {
  private Object lastPrice;

  public ObserverOfSharedObservable(Observable prices) {
    // BUG: Diagnostic contains: deleteObserver
    prices.addObserver(this);
  }

  @Override
  public void update(Observable source, Object price) {
    lastPrice = price;
  }

  public Object lastPrice() {
    return lastPrice;
  }
}
