package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Positive: as ChannelsCollectedPerAddress, but the channel is asked for its key before it is put
 * into the map; when that throws, the request is abandoned and the next one served, and the channel,
 * in no map yet, is never closed. Not a loop reopening it (each pass hands its channel on), but an
 * exception window between opening and handing on: the finding names the call that throws.
 */
public class ChannelKeyedBeforeItIsCollected {
  private final Map<SocketAddress, DatagramChannel> bound = new HashMap<>();
  private final Queue<List<SocketAddress>> requests = new ConcurrentLinkedQueue<>();

  public int bindPending() {
    for (List<SocketAddress> request = requests.poll(); request != null; request = requests.poll()) {
      Map<SocketAddress, DatagramChannel> opened = new HashMap<>();
      try {
        for (SocketAddress address : request) {
          // BUG: Diagnostic contains: ResourceNotClosed
          DatagramChannel channel = ChannelsCollectedPerAddress.open(address);
          opened.put(keyOf(channel), channel);
        }
        bound.putAll(opened);
        return opened.size();
      } catch (IOException e) {
        opened.values().forEach(ChannelsCollectedPerAddress::closeQuietly);
      }
    }
    return 0;
  }

  private static SocketAddress keyOf(DatagramChannel channel) throws IOException {
    return channel.getLocalAddress();
  }

  public Map<SocketAddress, DatagramChannel> bound() {
    return bound;
  }
}
