package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Objects;

/**
 * Positive: {@code Objects.nonNull(socket)} is understood as {@code socket != null}, and like it says
 * nothing about the new socket still in a local of its own when {@code bind} throws (the local port is
 * taken).
 */
public class ObjectsNonNullGuardMissesFreshSocket {
  public static void ping(InetSocketAddress local, InetSocketAddress server) throws IOException {
    Socket socket = null;
    try {
      // BUG: Diagnostic contains: ResourceNotClosed
      Socket fresh = new Socket();
      fresh.bind(local);
      fresh.connect(server, 1_000);
      socket = fresh;
      socket.getOutputStream().write(0);
    } finally {
      if (Objects.nonNull(socket)) {
        socket.close();
      }
    }
  }
}
