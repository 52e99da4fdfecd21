package io.github.leakproof.cases.timer;

import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;

/** Positive: each cache starts a timer thread to expire entries, and nothing ever cancels it. */
public class TimerFieldNeverCancelled {
  private final Map<String, Long> expiries = new ConcurrentHashMap<>();

  // BUG: Diagnostic contains: TimerNotStopped
  private final Timer expiryTimer = new Timer("cache-expiry", true);

  public TimerFieldNeverCancelled(long sweepMillis) {
    expiryTimer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            long now = System.currentTimeMillis();
            expiries.values().removeIf(expiry -> expiry < now);
          }
        },
        sweepMillis,
        sweepMillis);
  }

  public void put(String key, long ttlMillis) {
    expiries.put(key, System.currentTimeMillis() + ttlMillis);
  }
}
