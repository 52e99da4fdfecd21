package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Negative (Tomcat's OpenSSL cipher aliases): lookup tables filled on first use by a private init()
 * that sets a static flag, called only behind that flag ({@code if (!initialized) init();}): a table
 * filled once, like a static initialiser's, then only read.
 */
public final class TableFilledOnceBehindFlag {
  /** The known ciphers. */
  public enum Cipher {
    AES128,
    AES256,
    CHACHA20
  }

  private static boolean initialized;
  private static final Map<String, List<Cipher>> ALIASES = new HashMap<>();
  private static final Map<String, String> JSSE_TO_OPENSSL = new HashMap<>();

  private TableFilledOnceBehindFlag() {}

  private static void init() {
    for (Cipher cipher : Cipher.values()) {
      ALIASES.computeIfAbsent(cipher.name().substring(0, 3), k -> new ArrayList<>()).add(cipher);
      JSSE_TO_OPENSSL.put("TLS_" + cipher.name(), cipher.name());
    }
    ALIASES.put("ALL", List.of(Cipher.values()));
    initialized = true;
  }

  public static synchronized List<Cipher> parse(String alias) {
    if (!initialized) {
      init();
    }
    return ALIASES.getOrDefault(alias, List.of());
  }

  public static synchronized String openSslName(String jsseName) {
    if (!initialized) {
      init();
    }
    return JSSE_TO_OPENSSL.get(jsseName);
  }
}
