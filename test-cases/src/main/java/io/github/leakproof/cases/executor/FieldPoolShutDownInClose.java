package io.github.leakproof.cases.executor;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Negative: the service's pool lives in a private field and close() shuts it down. */
public class FieldPoolShutDownInClose implements AutoCloseable {
  private final ExecutorService workers = Executors.newFixedThreadPool(4);

  public Future<byte[]> resize(byte[] image, int width) {
    return workers.submit(() -> scale(image, width));
  }

  private static byte[] scale(byte[] image, int width) {
    return image.length > width ? Arrays.copyOf(image, width) : image;
  }

  @Override
  public void close() {
    workers.shutdown();
  }
}
