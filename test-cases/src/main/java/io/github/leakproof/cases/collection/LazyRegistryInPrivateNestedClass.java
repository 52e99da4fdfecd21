package io.github.leakproof.cases.collection;

import java.util.HashSet;
import java.util.Set;

/** Positive: the holder idiom: a private nested class's package-private static set, added to per call. */
public final class LazyRegistryInPrivateNestedClass {
  private static final class Holder {
    // BUG: Diagnostic contains: StaticCollectionOnlyGrows
    static final Set<String> SEEN_HOSTS = new HashSet<>();
  }

  private LazyRegistryInPrivateNestedClass() {}

  public static synchronized boolean firstVisit(String host) {
    return Holder.SEEN_HOSTS.add(host);
  }
}
