package io.github.leakproof.cases.resource;

import com.google.common.base.Preconditions;
import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Negative (the shape of Apache MINA SSHD's connection service): a forwarder made on first use goes
 * through a library's null check ({@code Preconditions.checkNotNull}) into an {@code AtomicReference}
 * field, which {@code close()} empties and closes.
 */
public class LazyHolderThroughCheckNotNull implements Closeable {
  /** A port forwarder: holds a listening socket until closed. */
  public interface Forwarder extends Closeable {}

  private final AtomicReference<Forwarder> holder = new AtomicReference<>();
  private final String name;

  public LazyHolderThroughCheckNotNull(String name) {
    this.name = name;
  }

  public Forwarder forwarder() throws IOException {
    synchronized (holder) {
      Forwarder forwarder = holder.get();
      if (forwarder != null) {
        return forwarder;
      }
      forwarder = Preconditions.checkNotNull(createForwarder(), "no forwarder created for %s", name);
      holder.set(forwarder);
      return forwarder;
    }
  }

  protected Forwarder createForwarder() throws IOException {
    ServerSocket listener = new ServerSocket(0);
    return listener::close;
  }

  @Override
  public void close() throws IOException {
    Forwarder forwarder = holder.getAndSet(null);
    if (forwarder != null) {
      forwarder.close();
    }
  }
}
