package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Negative: a channel's socket() is the channel under another face (closing it closes the channel):
 * returning it, or queueing it, hands the channel on. A socket factory backed by NIO channels, and an
 * accept loop that queues each accepted channel's socket for a worker.
 */
public class ChannelHandedOnAsItsSocket {
  private final BlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();

  public Socket connect(String host, int port) throws IOException {
    SocketChannel channel = SocketChannel.open();
    try {
      channel.connect(new InetSocketAddress(host, port));
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return channel.socket();
  }

  public ServerSocket listen(int port, int backlog) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open();
    try {
      channel.socket().bind(new InetSocketAddress(port), backlog);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return channel.socket();
  }

  public void acceptOne(ServerSocketChannel server) throws IOException {
    SocketChannel channel = server.accept();
    if (channel != null) {
      accepted.offer(channel.socket());
    }
  }
}
