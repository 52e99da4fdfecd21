package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Positive: each accepted connection is answered and then left open. */
public class AcceptedSocketNotClosed {
  private static final byte[] GREETING = "220 ready\r\n".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket server;

  public AcceptedSocketNotClosed(ServerSocket server) {
    this.server = server;
  }

  public void greetNext() throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Socket client = server.accept();
    client.getOutputStream().write(GREETING);
  }
}
