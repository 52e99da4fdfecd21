package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;

/**
 * Negative: a socket or socket channel made, connected and returned. The only call between is {@code
 * connect}, and a failed connect closes the socket or channel it was called on (the JDK's {@code
 * Socket.connect} and {@code SocketChannel.connect}), so there is no path on which it is left open.
 * Seen in a socket factory over a proxy and in an NIO transport factory.
 */
public class ConnectFailureClosesTheSocket {
  public static Socket throughProxy(Proxy proxy, SocketAddress server, int timeoutMillis) throws IOException {
    Socket socket = new Socket(proxy);
    socket.connect(server, timeoutMillis);
    return socket;
  }

  public static SocketChannel channel(SocketAddress server) throws IOException {
    SocketChannel channel = SocketChannel.open();
    channel.connect(server);
    return channel;
  }
}
