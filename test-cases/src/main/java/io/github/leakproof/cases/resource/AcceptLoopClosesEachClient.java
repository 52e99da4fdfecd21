package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Negative: the serving loop that never ends closes each client before it accepts the next. */
public class AcceptLoopClosesEachClient {
  public static void greet(ServerSocket server) {
    while (true) {
      try (Socket client = server.accept()) {
        client.getOutputStream().write("hello\n".getBytes(StandardCharsets.US_ASCII));
      } catch (IOException e) {
        System.err.println("client failed: " + e);
      }
    }
  }
}
