package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/**
 * Negative (Guava's MediaType): constants created by a private factory from static field initialisers;
 * the factory records each in a table of known values, which parsing only reads.
 */
public final class ConstantsRegisteredByFactory {
  private static final Map<String, ConstantsRegisteredByFactory> KNOWN = new HashMap<>();

  public static final ConstantsRegisteredByFactory JSON = createConstant("application/json");
  public static final ConstantsRegisteredByFactory XML = createConstantWithCharset("application/xml");

  private final String value;

  private ConstantsRegisteredByFactory(String value) {
    this.value = value;
  }

  private static ConstantsRegisteredByFactory createConstant(String value) {
    return addKnown(new ConstantsRegisteredByFactory(value));
  }

  private static ConstantsRegisteredByFactory createConstantWithCharset(String value) {
    return addKnown(new ConstantsRegisteredByFactory(value + "; charset=utf-8"));
  }

  private static ConstantsRegisteredByFactory addKnown(ConstantsRegisteredByFactory type) {
    KNOWN.put(type.value, type);
    return type;
  }

  public static ConstantsRegisteredByFactory parse(String value) {
    ConstantsRegisteredByFactory known = KNOWN.get(value);
    return known != null ? known : new ConstantsRegisteredByFactory(value);
  }
}
