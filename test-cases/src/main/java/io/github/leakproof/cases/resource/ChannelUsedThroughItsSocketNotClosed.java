package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;

/**
 * Positive: the channel is only used through its socket (bound, asked for its port), and neither the
 * channel nor its socket is closed, returned or kept: the port stays taken.
 */
public class ChannelUsedThroughItsSocketNotClosed {
  public int probeFreePort() throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    ServerSocketChannel channel = ServerSocketChannel.open();
    channel.socket().bind(new InetSocketAddress(0));
    return channel.socket().getLocalPort();
  }
}
