package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.Socket;

/**
 * Positive: the socket goes through a validator's {@code <T> T checkNotNull(T value, String what)}, which
 * gives the same socket back; that socket is written to and dropped, never closed. The null check passes
 * the obligation on to its result; it does not take it.
 */
public class CheckedSocketNeverClosed {
  /** Argument checks, declared by an interface: the analysis cannot read an implementation. */
  public interface Validator {
    <T> T checkNotNull(T value, String what);
  }

  private final Validator validator;

  public CheckedSocketNeverClosed(Validator validator) {
    this.validator = validator;
  }

  public void ping(String host, int port) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Socket socket = validator.checkNotNull(new Socket(host, port), "no socket");
    socket.getOutputStream().write(0);
  }
}
