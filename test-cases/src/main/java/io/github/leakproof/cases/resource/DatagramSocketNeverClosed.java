package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Positive: a UDP socket is opened for each metric sent and never closed. */
public class DatagramSocketNeverClosed {
  public static void sendMetric(InetSocketAddress collector, String metric) throws IOException {
    byte[] payload = metric.getBytes(StandardCharsets.UTF_8);
    // BUG: Diagnostic contains: ResourceNotClosed
    DatagramSocket socket = new DatagramSocket();
    socket.send(new DatagramPacket(payload, payload.length, collector));
  }
}
