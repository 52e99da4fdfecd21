package io.github.leakproof.cases.collection;

import java.util.Collection;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/**
 * Positive for SpotBugs only (log4j-core's ThreadContextDataInjector and its OSGi Activator): a public
 * static collection of providers that a bundle activator adds to whenever a provider service appears,
 * and nothing removes from when it goes: bundle restarts pile up providers and their class loaders.
 */
public final class ProvidersAddedByActivator {
  // NOT-ERRORPRONE: a public field; code in other files could remove from it
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  public static final Collection<Supplier<String>> PROVIDERS = new ConcurrentLinkedDeque<>();

  private ProvidersAddedByActivator() {}

  /** Called by the framework for every provider service registered. */
  static final class Activator {
    private Activator() {}

    static void serviceRegistered(Supplier<String> provider) {
      PROVIDERS.add(provider);
    }
  }

  public static String collect() {
    StringBuilder context = new StringBuilder();
    for (Supplier<String> provider : PROVIDERS) {
      context.append(provider.get());
    }
    return context.toString();
  }
}
