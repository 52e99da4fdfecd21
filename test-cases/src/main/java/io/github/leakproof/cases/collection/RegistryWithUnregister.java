package io.github.leakproof.cases.collection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Negative: a driver registry whose entries are removed again by deregister(). */
public final class RegistryWithUnregister {
  private static final Map<String, Object> DRIVERS = new ConcurrentHashMap<>();

  private RegistryWithUnregister() {}

  public static void register(String name, Object driver) {
    DRIVERS.put(name, driver);
  }

  public static void deregister(String name) {
    DRIVERS.remove(name);
  }
}
