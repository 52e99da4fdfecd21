package io.github.leakproof.cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Negative (the shape of Apache MINA SSHD's connection service and agent forwarding): a listening socket
 * made on first use goes through a null check into an {@code AtomicReference} field, which {@code
 * close()} empties and closes. The check is the JDK's {@code requireNonNull}, or a validator's {@code
 * <T> T checkNotNull(T value, String what)} with no body to read: a method generic in {@code T} that
 * returns {@code T} and takes one {@code T} can only give that argument back, so the socket goes on in
 * the result and is kept by the field.
 */
public class LazyListenerThroughGenericNullCheck implements Closeable {
  /** Argument checks, declared by an interface: the analysis cannot read an implementation. */
  public interface Validator {
    <T> T checkNotNull(T value, String what, Object... details);
  }

  private final AtomicReference<ServerSocket> listener = new AtomicReference<>();
  private final AtomicReference<ServerSocket> agentListener = new AtomicReference<>();
  private final Validator validator;

  public LazyListenerThroughGenericNullCheck(Validator validator) {
    this.validator = validator;
  }

  public ServerSocket listener(int port) throws IOException {
    synchronized (listener) {
      ServerSocket socket = listener.get();
      if (socket != null) {
        return socket;
      }
      socket = validator.checkNotNull(new ServerSocket(port), "no listener for port %d", port);
      listener.set(socket);
      return socket;
    }
  }

  public int agentPort() throws IOException {
    ServerSocket socket;
    synchronized (agentListener) {
      socket = agentListener.get();
      if (socket == null) {
        socket = Objects.requireNonNull(new ServerSocket(0), "no agent listener");
        agentListener.set(socket);
      }
    }
    return socket.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    for (AtomicReference<ServerSocket> holder : java.util.List.of(listener, agentListener)) {
      ServerSocket socket = holder.getAndSet(null);
      if (socket != null) {
        socket.close();
      }
    }
  }
}
