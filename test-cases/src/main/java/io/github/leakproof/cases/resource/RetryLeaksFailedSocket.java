package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Positive: each failed attempt replaces the socket with a new one without closing the old one, and
 * the last one is not closed when the method gives up.
 */
public class RetryLeaksFailedSocket {
  public static Socket connect(InetSocketAddress address) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Socket socket = new Socket();
    for (int attempt = 1; ; attempt++) {
      try {
        socket.connect(address, 1_000);
        return socket;
      } catch (IOException e) {
        if (attempt == 3) {
          throw e;
        }
        // BUG: Diagnostic contains: ResourceNotClosed
        socket = new Socket();
      }
    }
  }
}
