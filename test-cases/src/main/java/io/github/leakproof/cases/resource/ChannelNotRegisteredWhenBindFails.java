package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * Positive (Apache JCS's UDP discovery receiver): the channel is handed to the selector only by {@code
 * register}, after {@code bind}; when the port is taken, {@code bind} throws and the open channel is
 * lost. Registration hands a channel on; it does not cover what can fail before it.
 */
public class ChannelNotRegisteredWhenBindFails {
  public SelectionKey listen(Selector selector, int port) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    DatagramChannel channel = DatagramChannel.open();
    channel.configureBlocking(false);
    channel.bind(new InetSocketAddress(port));
    return channel.register(selector, SelectionKey.OP_READ);
  }
}
