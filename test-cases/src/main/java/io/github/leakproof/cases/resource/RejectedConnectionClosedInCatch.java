package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Negative (a server's accept loop): a rejected connection is refused by {@code throw new
 * IOException(…)} inside the {@code try}, and the {@code catch (IOException e)} closes it through the
 * class's close helper. The thrown exception goes to that {@code catch}, never out of the method.
 */
public class RejectedConnectionClosedInCatch {
  private final Queue<SocketChannel> accepted = new ArrayBlockingQueue<>(64);
  private final ServerSocketChannel acceptSocket;
  private final int maxConnections;

  public RejectedConnectionClosedInCatch(ServerSocketChannel acceptSocket, int maxConnections) {
    this.acceptSocket = acceptSocket;
    this.maxConnections = maxConnections;
  }

  boolean acceptOne() {
    boolean accepted = false;
    SocketChannel channel = null;
    try {
      channel = acceptSocket.accept();
      accepted = true;
      if (this.accepted.size() >= maxConnections) {
        throw new IOException("Too many connections, max allowed is " + maxConnections);
      }
      channel.configureBlocking(false);
      if (!this.accepted.offer(channel)) {
        throw new IOException("Unable to queue the connection");
      }
    } catch (IOException e) {
      fastClose(channel);
    }
    return accepted;
  }

  private static void fastClose(SocketChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to do for a refused connection
    }
  }
}
