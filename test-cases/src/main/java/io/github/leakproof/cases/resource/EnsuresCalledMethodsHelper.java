package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.checkerframework.checker.calledmethods.qual.EnsuresCalledMethods;

/** Negative: the stream is passed in finally to a method whose contract says it calls close() on it. */
public class EnsuresCalledMethodsHelper {
  /** Records the end of a transfer and closes its stream. */
  interface TransferMonitor {
    @EnsuresCalledMethods(value = "#1", methods = "close")
    void finish(OutputStream out);
  }

  private final TransferMonitor monitor;

  public EnsuresCalledMethodsHelper(TransferMonitor monitor) {
    this.monitor = monitor;
  }

  public void save(Path target, byte[] data) throws IOException {
    OutputStream out = Files.newOutputStream(target);
    try {
      out.write(data);
    } finally {
      monitor.finish(out);
    }
  }
}
