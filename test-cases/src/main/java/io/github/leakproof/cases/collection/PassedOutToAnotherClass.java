package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Negative: the list is passed to code that may drain it; the analysis cannot see what it does. */
public final class PassedOutToAnotherClass {
  private static final List<String> OUTBOX = new ArrayList<>();

  private PassedOutToAnotherClass() {}

  public static synchronized void send(String message) {
    OUTBOX.add(message);
  }

  public static synchronized void flushTo(Consumer<List<String>> transport) {
    transport.accept(OUTBOX);
  }
}
