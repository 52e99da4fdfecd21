package io.github.leakproof.cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Positive: sessions subscribe a lambda that updates the session to a static, application-wide
 * announcement channel and never unsubscribe: every session ever opened is kept.
 */
public class StaticBusFieldLambda {
  /** An application-wide channel. */
  public static final class Channel {
    private final List<Consumer<String>> subscribers = new ArrayList<>();

    public void subscribe(Consumer<String> subscriber) {
      subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<String> subscriber) {
      subscribers.remove(subscriber);
    }
  }

  private static final Channel ANNOUNCEMENTS = new Channel();

  private final List<String> inbox = new ArrayList<>();

  public void open() {
    // BUG: Diagnostic contains: unsubscribe
    ANNOUNCEMENTS.subscribe(message -> inbox.add(message));
  }

  public List<String> inbox() {
    return inbox;
  }
}
