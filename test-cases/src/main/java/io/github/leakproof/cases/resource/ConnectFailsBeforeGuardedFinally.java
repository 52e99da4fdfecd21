package io.github.leakproof.cases.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.SocketFactory;

/**
 * Positive: the socket made by the factory is kept in a local of its own until it is bound and
 * connected, and only then given to the local that the {@code finally} closes. If {@code bind} throws
 * (the local port is taken), that {@code finally} finds {@code socket} still {@code null}: the new
 * socket stays open. A second resource guarded the same way in the same {@code finally} changes
 * nothing about that. (A failed {@code connect} leaks nothing: it closes the socket itself, see
 * {@code ConnectFailureClosesTheSocket}.)
 */
public class ConnectFailsBeforeGuardedFinally {
  public static String ask(
      SocketFactory factory, InetSocketAddress local, InetSocketAddress server, String question)
      throws IOException {
    Socket socket = null;
    BufferedReader answer = null;
    try {
      // BUG: Diagnostic contains: ResourceNotClosed
      Socket fresh = factory.createSocket();
      fresh.bind(local);
      fresh.connect(server, 2_000);
      socket = fresh;
      socket.getOutputStream().write(question.getBytes(StandardCharsets.US_ASCII));
      answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      return answer.readLine();
    } finally {
      if (socket != null) {
        socket.close();
      }
      if (answer != null) {
        answer.close();
      }
    }
  }

  /** The same without the second resource. */
  public static void ping(InetSocketAddress local, InetSocketAddress server) throws IOException {
    Socket socket = null;
    try {
      // BUG: Diagnostic contains: ResourceNotClosed
      Socket fresh = new Socket();
      fresh.bind(local);
      fresh.connect(server, 2_000);
      (socket = fresh).getOutputStream().write(0);
    } finally {
      if (socket != null) {
        socket.close();
      }
    }
  }
}
