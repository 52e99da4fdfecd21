package io.github.leakproof.cases.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Positive: a session sends heartbeats on the server's scheduler, got from the server, and drops the
 * future; after destroy() the task still runs every five seconds and keeps the session alive.
 */
public class PeriodicTaskOnSchedulerFromGetter {
  /** The server that owns the scheduler. */
  public interface Server {
    ScheduledExecutorService scheduler();

    void send(String sessionId, String message);
  }

  private final Server server;
  private final String id;

  public PeriodicTaskOnSchedulerFromGetter(Server server, String id) {
    this.server = server;
    this.id = id;
  }

  public void open() {
    // BUG: Diagnostic contains: TimerNotStopped
    server.scheduler().scheduleAtFixedRate(() -> server.send(id, "ping"), 5, 5, TimeUnit.SECONDS);
  }

  public void destroy() {
    server.send(id, "bye");
  }
}
