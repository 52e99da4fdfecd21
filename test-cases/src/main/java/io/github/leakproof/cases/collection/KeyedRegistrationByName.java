package io.github.leakproof.cases.collection;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Positive (a broker client's {@code registerTransportFactory}): a public method puts a name and a value,
 * both its own parameters, next to a hand-written get-or-create that is a memo cache. The put looks the
 * same as a cache fed by callers ({@code remember(url, thumbnail)}, {@code UnboundedGuavaCacheAsMap}): the
 * callers that choose the keys are not in view, so only a setter ({@code KeyedSettingRegistry}) counts as
 * a keyed setting, and this registry without a way out is reported, at the registration: a default finding
 * names the first growth that is not a memo cache's.
 */
public final class KeyedRegistrationByName {
  /** Encodes messages for one content type. */
  public interface Codec {
    byte[] encode(Object message);
  }

  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final Map<String, Codec> CODECS = new ConcurrentHashMap<>();

  private KeyedRegistrationByName() {}

  public static Codec codecFor(String contentType) {
    Codec codec = CODECS.get(contentType);
    if (codec == null) {
      codec = message -> message.toString().getBytes(StandardCharsets.UTF_8);
      CODECS.put(contentType, codec);
    }
    return codec;
  }

  public static void registerCodec(String contentType, Codec codec) {
    CODECS.put(contentType, codec);
  }
}
