package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Positive: as ChannelsCollectedPerAddress, but the channel is asked for its key before it is put
 * into the map; when that throws, the request is logged and abandoned, and the channel, in no map
 * yet, is never closed. Not a loop reopening it (each pass hands its channel on), but an exception
 * window between opening and handing on.
 */
public class ChannelKeyedBeforeItIsCollected {
  private static final Logger LOG = Logger.getLogger(ChannelKeyedBeforeItIsCollected.class.getName());
  private final Map<SocketAddress, DatagramChannel> bound = new HashMap<>();
  private final Queue<List<SocketAddress>> requests = new ConcurrentLinkedQueue<>();

  public int bindPending() {
    for (List<SocketAddress> request = requests.poll(); request != null; request = requests.poll()) {
      Map<SocketAddress, DatagramChannel> opened = new HashMap<>();
      try {
        for (SocketAddress address : request) {
          // BUG: Diagnostic contains: ResourceNotClosed
          DatagramChannel channel = open(address);
          opened.put(keyOf(channel), channel);
        }
        bound.putAll(opened);
        return opened.size();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "cannot bind " + request, e);
        for (DatagramChannel channel : opened.values()) {
          closeQuietly(channel);
        }
      }
    }
    return 0;
  }

  private DatagramChannel open(SocketAddress address) throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    try {
      channel.bind(address);
      return channel;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  private static SocketAddress keyOf(DatagramChannel channel) throws IOException {
    return channel.getLocalAddress();
  }

  private static void closeQuietly(DatagramChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing more to do
    }
  }

  public void unbindAll() throws IOException {
    for (DatagramChannel channel : bound.values()) {
      channel.close();
    }
    bound.clear();
  }
}
