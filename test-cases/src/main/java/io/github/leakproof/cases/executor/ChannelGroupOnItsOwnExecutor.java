package io.github.leakproof.cases.executor;

import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.DefaultEventExecutor;

/**
 * Positive: the channel group runs its futures' listeners on the executor it is given and never shuts
 * it down; closing the group closes its channels only. The executor made for it keeps its thread
 * (started by the first listener) after the group is closed.
 */
public class ChannelGroupOnItsOwnExecutor {
  private final ChannelGroup clients;

  public ChannelGroupOnItsOwnExecutor() {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    clients = new DefaultChannelGroup("clients", new DefaultEventExecutor());
  }

  public void close() {
    clients.close().addListener(done -> System.out.println("all clients closed"));
  }
}
