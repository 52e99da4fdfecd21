package io.github.leakproof.cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Negative: the socket is closed through a helper overload picked with a cast. */
public class CloseHelperCalledWithCast {
  public static String ping(String host, int port) throws IOException {
    Socket socket = new Socket(host, port);
    try {
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      return new String(in.readNBytes(6), StandardCharsets.US_ASCII);
    } finally {
      closeQuietly((Closeable) socket);
    }
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // best effort
    }
  }

  /** Shuts the socket's output down first; kept for connections that must see end of stream. */
  static void closeQuietly(Socket socket) {
    try {
      socket.shutdownOutput();
      socket.close();
    } catch (IOException ignored) {
      // best effort
    }
  }
}
