package io.github.leakproof.cases.collection;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Negative by default (a message broker client's transport factories): a get-or-create spelled out by
 * hand — look the scheme up, create and put it when missing — is a memo cache like {@code
 * computeIfAbsent}; reported only with {@code Leakproof:Strict=memo-caches} ({@code StrictMemoGetNullPut}).
 */
public final class MemoGetNullPut {
  /** Makes connections for one URI scheme. */
  public interface Factory {
    Object connect(URI uri);
  }

  private static final Map<String, Factory> FACTORIES = new ConcurrentHashMap<>();

  private MemoGetNullPut() {}

  public static Object connect(URI uri) {
    String scheme = uri.getScheme();
    Factory factory = FACTORIES.get(scheme);
    if (factory == null) {
      factory = load(scheme);
      FACTORIES.put(scheme, factory);
    }
    return factory.connect(uri);
  }

  private static Factory load(String scheme) {
    return uri -> scheme + ":" + uri.getSchemeSpecificPart();
  }
}
