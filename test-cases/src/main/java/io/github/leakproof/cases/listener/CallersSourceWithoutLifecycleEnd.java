package io.github.leakproof.cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Negative by default (found in RabbitMQ's metrics collector and HSQLDB's socket factory): one
 * long-lived collector registers a listener that calls it on every connection it is told about. The
 * connection is the caller's object: here it dies long before the collector, and its listener list holds
 * one entry. Whether a caller's source outlives the registrant is the caller's business; with no
 * lifecycle end in the class to undo the registration in, only {@code
 * Leakproof:Strict=listener-parameters} reports it (as it reports {@code ListenerFieldBoundToBean}).
 */
public class CallersSourceWithoutLifecycleEnd {
  /** A network connection that tells its listeners when it shuts down. */
  public static class Connection {
    private final List<Consumer<String>> shutdownListeners = new ArrayList<>();

    public void addShutdownListener(Consumer<String> listener) {
      shutdownListeners.add(listener);
    }

    public void removeShutdownListener(Consumer<String> listener) {
      shutdownListeners.remove(listener);
    }

    public void shutDown(String cause) {
      shutdownListeners.forEach(l -> l.accept(cause));
    }
  }

  private int open;

  public void newConnection(Connection connection) {
    open++;
    connection.addShutdownListener(cause -> open--);
  }

  public int open() {
    return open;
  }
}
