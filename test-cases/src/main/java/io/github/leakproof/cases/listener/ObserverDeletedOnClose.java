package io.github.leakproof.cases.listener;

import java.util.Observable;
import java.util.Observer;

/** Negative: the dashboard observes the shared feed and calls {@code deleteObserver} when closed. */
@SuppressWarnings("deprecation")
public class ObserverDeletedOnClose implements Observer, AutoCloseable {
  private final Observable feed;
  private Object last;

  public ObserverDeletedOnClose(Observable feed) {
    this.feed = feed;
    feed.addObserver(this);
  }

  @Override
  public void update(Observable source, Object value) {
    last = value;
  }

  @Override
  public void close() {
    feed.deleteObserver(this);
  }

  public Object last() {
    return last;
  }
}
