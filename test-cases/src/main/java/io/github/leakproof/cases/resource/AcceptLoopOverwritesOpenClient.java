package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Positive: a serving loop that never ends keeps the last client in one local and gives it the next
 * accepted one without closing it: every client's socket stays open. The method has no way out for
 * the socket to be found open at; the next {@code accept()} is where it is lost.
 */
public class AcceptLoopOverwritesOpenClient {
  public static void greet(ServerSocket server) {
    Socket client = null;
    while (true) {
      try {
        // BUG: Diagnostic contains: ResourceNotClosed
        client = server.accept();
        client.getOutputStream().write("hello\n".getBytes(StandardCharsets.US_ASCII));
      } catch (IOException e) {
        System.err.println("client failed: " + e);
      }
    }
  }
}
