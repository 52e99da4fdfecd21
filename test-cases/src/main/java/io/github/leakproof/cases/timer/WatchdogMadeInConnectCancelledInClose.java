package io.github.leakproof.cases.timer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Negative: a connection's data port starts a write watchdog when it connects and cancels it when it
 * is closed. A client makes a new port for every connection attempt, so connect() runs once per close()
 * and replaces no running timer.
 */
public class WatchdogMadeInConnectCancelledInClose {
  private final long periodMillis;
  private Socket socket;
  private Timer watchdog;
  private volatile long writeMustEndBy = Long.MAX_VALUE;

  public WatchdogMadeInConnectCancelledInClose(long periodMillis) {
    this.periodMillis = periodMillis;
  }

  public void connect(String host, int port) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress(host, port));
    watchdog = new Timer("write-watchdog", true);
    watchdog.schedule(
        new TimerTask() {
          @Override
          public void run() {
            if (System.nanoTime() > writeMustEndBy) {
              closeQuietly();
            }
          }
        },
        periodMillis,
        periodMillis);
  }

  public void write(byte[] bytes) throws IOException {
    writeMustEndBy = System.nanoTime() + periodMillis * 1_000_000;
    OutputStream out = socket.getOutputStream();
    out.write(bytes);
    writeMustEndBy = Long.MAX_VALUE;
  }

  public void close() throws IOException {
    watchdog.cancel();
    socket.close();
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException ignored) {
      // the watchdog only tries
    }
  }
}
