package io.github.leakproof.cases.executor;

import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.Future;

/**
 * Positive: Netty's event loop groups are thread pools, stopped by {@code shutdownGracefully()}: one
 * kept in a field that nothing stops, and one made per call and left running.
 */
public class EventLoopGroupNeverShutDown {
  // BUG: Diagnostic contains: ExecutorNotShutDown
  private final EventLoopGroup workers = new NioEventLoopGroup(2);

  public Future<?> submit(Runnable task) {
    return workers.submit(task);
  }

  public static void runOnce(Runnable task) throws InterruptedException {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    EventLoopGroup group = new DefaultEventLoopGroup(1);
    group.submit(task).sync();
  }
}
