package io.github.leakproof.cases.collection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Negative: connections added per client and pruned through the key set's removeIf. */
public final class KeySetRemoveIf {
  private static final Map<String, Object> CONNECTIONS = new ConcurrentHashMap<>();

  private KeySetRemoveIf() {}

  public static void connect(String client, Object connection) {
    CONNECTIONS.put(client, connection);
  }

  public static void dropClientsOf(String tenant) {
    CONNECTIONS.keySet().removeIf(client -> client.startsWith(tenant + ":"));
  }
}
