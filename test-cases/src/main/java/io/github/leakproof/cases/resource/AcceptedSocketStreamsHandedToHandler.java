package io.github.leakproof.cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Negative (found in NanoHTTPD's server loop and Commons Net's rexec client): a server takes the input
 * stream of the socket it has just accepted and hands both to the handler that owns them from then on.
 * Between the two, only {@code getInputStream()} runs, and on an open, connected socket it cannot fail:
 * no path leaves the socket open. (A write to the socket before the hand-off can fail:
 * {@code AcceptedSocketNotClosed}.)
 */
public class AcceptedSocketStreamsHandedToHandler {
  /** Serves one client; closing it closes the socket. */
  public static final class Handler implements Closeable {
    private final Socket socket;
    private final InputStream in;

    Handler(Socket socket, InputStream in) {
      this.socket = socket;
      this.in = in;
    }

    public int firstByte() throws IOException {
      return in.read();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  public Handler acceptOne(ServerSocket server) throws IOException {
    Socket client = server.accept();
    InputStream in = client.getInputStream();
    return new Handler(client, in);
  }
}
