package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.Socket;

/**
 * Negative: retry until a connection is made; the loop runs only while there is no socket, so no
 * socket is left behind by a retry, and the one made is returned.
 */
public class RetryUntilConnected {
  private final String host;
  private final int port;

  public RetryUntilConnected(String host, int port) {
    this.host = host;
    this.port = port;
  }

  public Socket connect() throws InterruptedException {
    Socket socket = tryConnect();
    while (socket == null && !Thread.currentThread().isInterrupted()) {
      Thread.sleep(1_000);
      socket = tryConnect();
    }
    return socket;
  }

  private Socket tryConnect() {
    try {
      return new Socket(host, port);
    } catch (IOException unreachable) {
      return null;
    }
  }
}
