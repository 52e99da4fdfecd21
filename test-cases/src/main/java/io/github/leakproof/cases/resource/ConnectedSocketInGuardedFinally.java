package io.github.leakproof.cases.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.SocketFactory;

/**
 * Negative: the socket is given to the local that the {@code finally} closes before anything can
 * throw, so the {@code finally} closes it on every path; the reader over it is guarded the same way.
 */
public class ConnectedSocketInGuardedFinally {
  public static String ask(SocketFactory factory, InetSocketAddress server, String question)
      throws IOException {
    Socket socket = null;
    BufferedReader answer = null;
    try {
      socket = factory.createSocket();
      socket.connect(server, 2_000);
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

  /** A local of its own for the new socket, closed by the same {@code finally} when it is not yet handed over. */
  public static String askWithCandidate(SocketFactory factory, InetSocketAddress server, String question)
      throws IOException {
    Socket socket = null;
    Socket candidate = null;
    try {
      candidate = factory.createSocket();
      candidate.connect(server, 2_000);
      socket = candidate;
      candidate = null;
      socket.getOutputStream().write(question.getBytes(StandardCharsets.US_ASCII));
      return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    } finally {
      if (candidate != null) {
        candidate.close();
      }
      if (socket != null) {
        socket.close();
      }
    }
  }
}
