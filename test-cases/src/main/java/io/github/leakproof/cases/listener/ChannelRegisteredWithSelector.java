package io.github.leakproof.cases.listener;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * Negative: {@code SelectableChannel.register(selector, ops, attachment)} is named like a registration,
 * but the channel has no {@code unregister}: the key is cancelled (or the channel closed) instead. A
 * call whose source type cannot undo it by name is not a listener registration.
 */
public class ChannelRegisteredWithSelector {
  private int reads;

  public SelectionKey watch(SelectableChannel channel, Selector selector) throws IOException {
    channel.configureBlocking(false);
    return channel.register(selector, SelectionKey.OP_READ, this);
  }

  public void onReadable() {
    reads++;
  }

  public int reads() {
    return reads;
  }
}
