package io.github.leakproof.cases.collection;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Negative (ActiveMQ's {@code registerTransportFactory}, found again in RSyntaxTextArea and pgjdbc): a
 * public method puts a name and a codec, both its own parameters, next to a hand-written get-or-create that
 * is a memo cache. The value is a pluggable strategy (its type an interface): the map holds one per content
 * type the program names, and every such registry met on held-out libraries held a handful, so it counts as
 * a keyed setting, like a memo cache's growth (reported with {@code Leakproof:Strict=memo-caches}).
 */
public final class KeyedRegistrationByName {
  /** Encodes messages for one content type. */
  public interface Codec {
    byte[] encode(Object message);
  }

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
