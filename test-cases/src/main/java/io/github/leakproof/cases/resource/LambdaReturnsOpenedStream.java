package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Negative: a lambda whose expression body opens a stream returns it; the caller of the supplier closes it. */
public class LambdaReturnsOpenedStream {
  /** Opens a stream on demand. */
  public interface StreamSupplier {
    InputStream open() throws IOException;
  }

  public static String read(File file) throws IOException {
    return readAll(() -> Files.newInputStream(file.toPath()));
  }

  private static String readAll(StreamSupplier supplier) throws IOException {
    try (InputStream in = supplier.open()) {
      return new String(in.readAllBytes());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
