package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Positive: the connect is guarded (closed on failure), but the bind to a local address before it is
 * not: if the local port is taken, {@code bind} throws and the new socket stays open. Seen in an HTTP
 * client's connection socket factory. A failed {@code connect} alone would not leak it
 * ({@code ConnectFailureClosesTheSocket}).
 */
public class BindOutsideConnectGuard {
  public static Socket connect(InetSocketAddress local, InetSocketAddress remote, int timeoutMillis)
      throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Socket socket = new Socket();
    if (local != null) {
      socket.bind(local);
    }
    try {
      socket.connect(remote, timeoutMillis);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    return socket;
  }
}
