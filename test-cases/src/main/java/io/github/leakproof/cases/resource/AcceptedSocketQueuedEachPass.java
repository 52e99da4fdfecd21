package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Negative: each pass of the accept loop accepts one connection and hands it to a queue that a
 * worker drains (and stop() closes what is left): the queue owns every socket, so the next pass
 * opening another one leaves nothing behind.
 */
public class AcceptedSocketQueuedEachPass {
  private static final Logger LOG = Logger.getLogger(AcceptedSocketQueuedEachPass.class.getName());
  private final BlockingQueue<Socket> pending = new LinkedBlockingQueue<>();
  private volatile boolean stopped;

  void acceptLoop(ServerSocket server) {
    while (!stopped) {
      Socket socket = null;
      try {
        socket = server.accept();
        if (socket != null) {
          if (stopped) {
            socket.close();
          } else {
            pending.put(socket);
          }
        }
      } catch (SocketTimeoutException timeout) {
        // no connection this time round
      } catch (Exception e) {
        LOG.log(Level.WARNING, "accept failed", e);
      }
    }
  }

  void stop() throws IOException {
    stopped = true;
    for (Socket left = pending.poll(); left != null; left = pending.poll()) {
      left.close();
    }
  }
}
