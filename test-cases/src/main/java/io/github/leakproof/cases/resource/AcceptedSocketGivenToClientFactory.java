package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

/** Negative: each accepted socket is handed to the client object built around it, which closes it. */
public abstract class AcceptedSocketGivenToClientFactory<C extends AutoCloseable> {
  private final ServerSocket server;

  protected AcceptedSocketGivenToClientFactory(ServerSocket server) {
    this.server = server;
  }

  public C acceptClient() throws IOException {
    Socket socket = server.accept();
    return createClient(String.valueOf(socket.getRemoteSocketAddress()), socket);
  }

  protected abstract C createClient(String id, Socket socket);
}
