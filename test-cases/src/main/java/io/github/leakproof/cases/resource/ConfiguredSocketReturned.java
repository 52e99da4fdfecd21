package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.Socket;
import javax.net.SocketFactory;

/** Negative: a helper configures the socket and returns it; the configured socket is returned to the caller. */
public class ConfiguredSocketReturned {
  private final SocketFactory factory;

  public ConfiguredSocketReturned(SocketFactory factory) {
    this.factory = factory;
  }

  public Socket connect(String host, int port) throws IOException {
    return configure(factory.createSocket(host, port));
  }

  private static Socket configure(Socket socket) {
    return socket;
  }
}
