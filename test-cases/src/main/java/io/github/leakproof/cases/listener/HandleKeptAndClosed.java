package io.github.leakproof.cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Negative: the registration handle is kept in a field and closed when the watcher closes. */
public class HandleKeptAndClosed implements AutoCloseable {
  /** A source whose registrations are undone through their handle. */
  public static final class Feed {
    private final List<Consumer<String>> readers = new ArrayList<>();

    public AutoCloseable subscribe(Consumer<String> reader) {
      readers.add(reader);
      return () -> readers.remove(reader);
    }
  }

  private final AutoCloseable subscription;
  private String last = "";

  public HandleKeptAndClosed(Feed feed) {
    subscription = feed.subscribe(line -> last = line);
  }

  public String last() {
    return last;
  }

  @Override
  public void close() throws Exception {
    subscription.close();
  }
}
