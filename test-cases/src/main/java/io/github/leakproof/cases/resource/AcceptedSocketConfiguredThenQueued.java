package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;

/**
 * Negative (found in commons-net's FTPS data connections and H2's, Jedis' socket factories): an accepted
 * socket is configured, then queued for a worker. The option setters declare SocketException, but only a
 * closed socket makes them fail, and this one is open: there is no path on which it leaks.
 */
public class AcceptedSocketConfiguredThenQueued {
  private final ServerSocket server;
  private final BlockingQueue<Socket> accepted;

  public AcceptedSocketConfiguredThenQueued(ServerSocket server, BlockingQueue<Socket> accepted) {
    this.server = server;
    this.accepted = accepted;
  }

  public void acceptOne(int timeoutMillis) throws IOException {
    Socket socket = server.accept();
    socket.setSoTimeout(timeoutMillis);
    socket.setTcpNoDelay(true);
    socket.setKeepAlive(true);
    accepted.add(socket);
  }
}
