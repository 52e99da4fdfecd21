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
 * Negative: for each bind request, one channel is opened per address on each pass and put straight
 * into the request's map, which goes into the class's bound channels (closed by unbindAll()); a
 * failed request is logged and the next one is served. Storing into a collection each pass hands
 * each channel on: the next pass opening another one leaves nothing behind.
 */
public class ChannelsCollectedPerAddress {
  private static final Logger LOG = Logger.getLogger(ChannelsCollectedPerAddress.class.getName());
  private final Map<SocketAddress, DatagramChannel> bound = new HashMap<>();
  private final Queue<List<SocketAddress>> requests = new ConcurrentLinkedQueue<>();

  public int bindPending() {
    for (List<SocketAddress> request = requests.poll(); request != null; request = requests.poll()) {
      Map<SocketAddress, DatagramChannel> opened = new HashMap<>();
      try {
        for (SocketAddress address : request) {
          DatagramChannel channel = open(address);
          opened.put(address, channel);
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

  static DatagramChannel open(SocketAddress address) throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    try {
      channel.bind(address);
      return channel;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  static void closeQuietly(DatagramChannel channel) {
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
