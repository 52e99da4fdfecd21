package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Positive (ZooKeeper's, MINA's and Java-WebSocket's accept and connect paths): the accepted channel is
 * handed to the selector by {@code register}, but {@code configureBlocking(false)} comes first, and when
 * the operating system refuses the switch its exception leaves the channel open and unregistered. A
 * read-back such as {@code getRemoteAddress()} cannot fail on an open channel
 * (AcceptedChannelRegisteredWithSelector); a mode switch can.
 */
public class AcceptedChannelLostWhenModeSwitchFails {
  public void acceptOne(ServerSocketChannel server, Selector selector) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    SocketChannel client = server.accept();
    if (client != null) {
      client.configureBlocking(false);
      client.register(selector, SelectionKey.OP_READ);
    }
  }
}
