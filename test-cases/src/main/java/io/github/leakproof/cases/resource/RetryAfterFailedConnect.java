package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Negative: each failed attempt replaces the socket with a new one, and the method gives up by
 * rethrowing. A failed {@code connect} closes its socket itself (the JDK's {@code Socket.connect}
 * contract), so neither the replaced sockets nor the last one are left open; the connected one is
 * returned.
 */
public class RetryAfterFailedConnect {
  public static Socket connect(InetSocketAddress address) throws IOException {
    Socket socket = new Socket();
    for (int attempt = 1; ; attempt++) {
      try {
        socket.connect(address, 1_000);
        return socket;
      } catch (IOException e) {
        if (attempt == 3) {
          throw e;
        }
        socket = new Socket();
      }
    }
  }
}
