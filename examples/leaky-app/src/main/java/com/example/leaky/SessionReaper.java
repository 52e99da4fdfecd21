package com.example.leaky;

import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;

/** Expires idle sessions every minute. */
public final class SessionReaper implements AutoCloseable {
  private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();

  /** Leaks: close() forgets the timer, so its thread and this reaper live on. */
  private final Timer timer = new Timer("session-reaper");

  public SessionReaper(long maxIdleMillis) {
    timer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            long now = System.currentTimeMillis();
            lastSeen.values().removeIf(seen -> now - seen > maxIdleMillis);
          }
        },
        60_000,
        60_000);
  }

  public void touch(String session) {
    lastSeen.put(session, System.currentTimeMillis());
  }

  @Override
  public void close() {
    lastSeen.clear();
  }
}
