package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;

/** Positive: plugins register themselves at run time and can never be taken out again. */
public final class RegistryWithoutUnregister {
  /** A plugin of the host application. */
  public interface Plugin {
    void start();
  }

  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final List<Plugin> PLUGINS = new ArrayList<>();

  private RegistryWithoutUnregister() {}

  public static synchronized void register(Plugin plugin) {
    PLUGINS.add(plugin);
  }

  public static synchronized void startAll() {
    for (Plugin plugin : PLUGINS) {
      plugin.start();
    }
  }
}
