package io.github.leakproof.cases.resource;

import io.github.leakproof.annotations.SuppressLeak;
import java.io.IOException;
import java.net.ServerSocket;

/** Negative: a deliberate leak suppressed with @SuppressLeak, which both front ends honour. */
public class SuppressedWithSuppressLeak {
  @SuppressLeak(value = "ResourceNotClosed", reason = "single-instance guard: bound until exit")
  public static void claimPort(int port) throws IOException {
    ServerSocket guard = new ServerSocket(port);
    guard.setReuseAddress(false);
  }
}
