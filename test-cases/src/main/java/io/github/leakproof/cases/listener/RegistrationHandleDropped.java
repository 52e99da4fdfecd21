package io.github.leakproof.cases.listener;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Positive: the config service's {@code register} returns an {@code AutoCloseable} that is the only
 * way to undo the registration; the watcher drops it, although it has a {@code close()} where it
 * should have closed it.
 */
public class RegistrationHandleDropped implements AutoCloseable {
  /** A source whose registrations are undone by closing their handle. */
  public static final class ConfigService {
    private final Set<Consumer<String>> watchers = new CopyOnWriteArraySet<>();

    public AutoCloseable register(Consumer<String> watcher) {
      watchers.add(watcher);
      return () -> watchers.remove(watcher);
    }
  }

  private final ConfigService config;
  private String current = "";

  public RegistrationHandleDropped(ConfigService config) {
    this.config = config;
  }

  public void start() {
    // BUG: Diagnostic contains: AutoCloseable
    config.register(value -> current = value);
  }

  public String current() {
    return current;
  }

  @Override
  public void close() {
    current = "";
  }
}
