package io.github.leakproof.cases.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.SocketFactory;

/**
 * Negative: the socket is in a local that the {@code finally} closes before anything can throw, so
 * that {@code finally} closes it on every path, whatever else it closes the same way; or each local
 * that holds it on some path is tested and closed there.
 */
public class ConnectedSocketInGuardedFinally {
  public static String ask(SocketFactory factory, InetSocketAddress server) throws IOException {
    Socket socket = null;
    BufferedReader answer = null;
    try {
      socket = factory.createSocket();
      socket.connect(server, 2_000);
      answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      return answer.readLine();
    } finally {
      if (answer != null) {
        answer.close();
      }
      if (socket != null) {
        socket.close();
      }
    }
  }

  /** A local of its own for the new socket until it is handed to the other, both closed by the same {@code finally}. */
  public static void ping(InetSocketAddress server) throws IOException {
    Socket connected = null;
    Socket candidate = null;
    try {
      candidate = new Socket();
      candidate.connect(server, 2_000);
      connected = candidate;
      candidate = null;
      connected.getOutputStream().write(0);
    } finally {
      if (candidate != null) {
        candidate.close();
      }
      if (connected != null) {
        connected.close();
      }
    }
  }
}
