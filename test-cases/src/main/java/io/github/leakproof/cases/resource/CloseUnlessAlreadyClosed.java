package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

/** Negative: on failure the socket is closed unless it says it is closed already. */
public class CloseUnlessAlreadyClosed {
  public static Socket acceptConfigured(ServerSocket server, int timeoutMillis) throws IOException {
    Socket socket = server.accept();
    boolean configured = false;
    try {
      socket.setSoTimeout(timeoutMillis);
      socket.setTcpNoDelay(true);
      configured = true;
      return socket;
    } finally {
      if (!configured && !socket.isClosed()) {
        socket.close();
      }
    }
  }
}
