package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;

/**
 * Positive: the accepted socket is greeted before it is queued; if the peer has gone and writing
 * throws, the socket is never closed. The finding names the greeting's calls, which can fail, not the
 * option setter before them.
 */
public class GreetingWrittenBeforeSocketQueued {
  private static final byte[] GREETING = "220 ready\r\n".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket server;
  private final BlockingQueue<Socket> accepted;

  public GreetingWrittenBeforeSocketQueued(ServerSocket server, BlockingQueue<Socket> accepted) {
    this.server = server;
    this.accepted = accepted;
  }

  public void acceptOne(int timeoutMillis) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Socket socket = server.accept();
    socket.setSoTimeout(timeoutMillis);
    socket.getOutputStream().write(GREETING);
    accepted.add(socket);
  }
}
