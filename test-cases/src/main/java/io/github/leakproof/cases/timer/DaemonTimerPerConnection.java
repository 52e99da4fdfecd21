package io.github.leakproof.cases.timer;

import java.io.Closeable;
import java.io.IOException;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Positive: a daemon timer per connection for keep-alive pings. Daemon threads do not stop the JVM
 * from exiting, but each one lives, with its task and the connection it captures, until cancelled.
 */
public class DaemonTimerPerConnection {
  public static void keepAlive(Closeable connection, Runnable ping, long periodMillis) throws IOException {
    // BUG: Diagnostic contains: TimerNotStopped
    Timer keepAlive = new Timer(true);
    keepAlive.scheduleAtFixedRate(
        new TimerTask() {
          @Override
          public void run() {
            ping.run();
          }
        },
        periodMillis,
        periodMillis);
    if (periodMillis <= 0) {
      connection.close();
    }
  }
}
