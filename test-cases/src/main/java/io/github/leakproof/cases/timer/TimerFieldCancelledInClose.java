package io.github.leakproof.cases.timer;

import java.io.Closeable;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicLong;

/** Negative: the session owns its idle timer and cancels it in close(). */
public class TimerFieldCancelledInClose implements Closeable {
  private final Timer idleTimer = new Timer("idle-check", true);
  private final AtomicLong lastUse = new AtomicLong(System.nanoTime());

  public TimerFieldCancelledInClose(long checkMillis, Runnable onIdle) {
    idleTimer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            if (System.nanoTime() - lastUse.get() > checkMillis * 1_000_000L) {
              onIdle.run();
            }
          }
        },
        checkMillis,
        checkMillis);
  }

  public void touch() {
    lastUse.set(System.nanoTime());
  }

  @Override
  public void close() {
    idleTimer.cancel();
  }
}
