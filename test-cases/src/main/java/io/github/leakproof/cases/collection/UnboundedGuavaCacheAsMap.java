package io.github.leakproof.cases.collection;

import com.google.common.cache.CacheBuilder;
import java.util.concurrent.ConcurrentMap;

/** Positive: a Guava cache built without any bound, used through its map view: it is a plain growing map. */
public final class UnboundedGuavaCacheAsMap {
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final ConcurrentMap<String, byte[]> THUMBNAILS = CacheBuilder.newBuilder().<String, byte[]>build().asMap();

  private UnboundedGuavaCacheAsMap() {}

  public static void remember(String url, byte[] image) {
    THUMBNAILS.put(url, shrink(image));
  }

  private static byte[] shrink(byte[] image) {
    return java.util.Arrays.copyOf(image, Math.min(image.length, 4096));
  }
}
