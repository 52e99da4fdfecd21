package io.github.leakproof.cases.executor;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.GlobalEventExecutor;

/**
 * Negative: Netty's groups stopped by {@code shutdownGracefully()} in a {@code finally} or in the
 * class's {@code close()}; groups given to a bootstrap that the class keeps, and stops through it; a
 * channel group on Netty's shared global executor, which nobody shuts down.
 */
public class EventLoopGroupsShutDownGracefully {
  private final EventExecutorGroup handlers = new DefaultEventExecutorGroup(4);
  private final ChannelGroup clients = new DefaultChannelGroup("clients", GlobalEventExecutor.INSTANCE);
  private final ServerBootstrap bootstrap;

  public EventLoopGroupsShutDownGracefully(ChannelInitializer<SocketChannel> initializer) {
    EventLoopGroup boss = new NioEventLoopGroup(1);
    EventLoopGroup workers = new NioEventLoopGroup();
    bootstrap = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class).childHandler(initializer);
  }

  public static void serve(int port, ChannelInitializer<SocketChannel> initializer) throws InterruptedException {
    EventLoopGroup boss = new NioEventLoopGroup(1);
    EventLoopGroup workers = new NioEventLoopGroup();
    try {
      new ServerBootstrap()
          .group(boss, workers)
          .channel(NioServerSocketChannel.class)
          .childHandler(initializer)
          .bind(port)
          .sync()
          .channel()
          .closeFuture()
          .sync();
    } finally {
      workers.shutdownGracefully();
      boss.shutdownGracefully();
    }
  }

  public void close() {
    clients.close();
    handlers.shutdownGracefully();
    bootstrap.config().group().shutdownGracefully();
    bootstrap.config().childGroup().shutdownGracefully();
  }
}
