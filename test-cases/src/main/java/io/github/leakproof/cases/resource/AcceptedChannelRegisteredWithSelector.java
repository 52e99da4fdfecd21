package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;

/**
 * Negative (the shape of Apache JCS's lateral TCP listener and dnsjava's TCP client): each accepted
 * channel is switched to non-blocking mode and registered with the selector, which keeps it in its key
 * set; the loop closes a client through its key when it hangs up, and every registered channel when it
 * stops. {@code register} hands the channel to the selector, {@code getRemoteAddress()} on a channel just
 * accepted cannot fail, and a failed switch to non-blocking mode closes the client: nothing is left open
 * on any pass (without that catch: AcceptedChannelLostWhenModeSwitchFails).
 */
public class AcceptedChannelRegisteredWithSelector {
  private volatile boolean running = true;

  public void serve(ServerSocketChannel server, Selector selector) throws IOException {
    server.register(selector, SelectionKey.OP_ACCEPT);
    while (running) {
      selector.select(1000);
      for (Iterator<SelectionKey> keys = selector.selectedKeys().iterator(); keys.hasNext(); ) {
        SelectionKey key = keys.next();
        keys.remove();
        if (key.isAcceptable()) {
          SocketChannel client = ((ServerSocketChannel) key.channel()).accept();
          if (client == null) {
            continue;
          }
          System.out.println("client " + client.getRemoteAddress());
          try {
            client.configureBlocking(false);
          } catch (IOException e) {
            client.close();
            continue;
          }
          client.register(selector, SelectionKey.OP_READ);
        } else if (key.isReadable()) {
          read(key);
        }
      }
    }
    for (SelectionKey key : selector.keys()) {
      key.channel().close();
    }
  }

  private static void read(SelectionKey key) throws IOException {
    SocketChannel client = (SocketChannel) key.channel();
    if (client.read(ByteBuffer.allocate(512)) < 0) {
      key.cancel();
      client.close();
    }
  }

  public void stop() {
    running = false;
  }
}
