package io.github.leakproof.cases.collection;

import java.lang.ref.SoftReference;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Positive (Groovy's AsmDecompiler): soft references as values let the collector reclaim the stubs, but
 * the entries — key and empty reference — are never removed, so the map grows with every URI seen.
 */
public final class SoftValuedCacheKeepsEntries {
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final Map<URI, SoftReference<byte[]>> STUBS = new ConcurrentHashMap<>();

  private SoftValuedCacheKeepsEntries() {}

  public static byte[] stub(URI uri) {
    SoftReference<byte[]> ref = STUBS.get(uri);
    byte[] stub = ref == null ? null : ref.get();
    if (stub == null) {
      stub = new byte[128];
      STUBS.put(uri, new SoftReference<>(stub));
    }
    return stub;
  }
}
