package io.github.leakproof.cases.innerclass;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Positive: a handler that calls back into its page is put into an application-wide registry, reached
 * through getInstance(), and never taken out again.
 */
public class SingletonRegistryPut {
  private final String title;

  public SingletonRegistryPut(String title) {
    this.title = title;
  }

  public void open() {
    // BUG: Diagnostic contains: Registry.getInstance().put
    Registry.getInstance().put(title, new Handler());
  }

  String render() {
    return "<h1>" + title + "</h1>";
  }

  class Handler {
    String handle() {
      return render();
    }
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

    public Object get(String key) {
      return entries.get(key);
    }

    public void remove(String key) {
      entries.remove(key);
    }
  }
}
