package io.github.leakproof.cases.innerclass;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Negative: the page puts its handler into the registry and takes it out again on close. */
public class RegistryEntryRemovedOnClose implements AutoCloseable {
  private final String title;

  public RegistryEntryRemovedOnClose(String title) {
    this.title = title;
  }

  public void open() {
    Registry.getInstance().put(title, (Supplier<String>) this::render);
  }

  @Override
  public void close() {
    Registry.getInstance().remove(title);
  }

  String render() {
    return "<h1>" + title + "</h1>";
  }

  /** An application-wide lookup table. */
  public static final class Registry {
    private static final Registry INSTANCE = new Registry();
    private final Map<String, Object> entries = new ConcurrentHashMap<>();

    public static Registry getInstance() {
      return INSTANCE;
    }

    public void put(String key, Object value) {
      entries.put(key, value);
    }

    public void remove(String key) {
      entries.remove(key);
    }
  }
}
