package io.github.leakproof.cases.executor;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive: each service instance creates a pool that nothing in the class ever shuts down. */
public class FieldPoolNeverShutDown {
  // BUG: Diagnostic contains: ExecutorNotShutDown
  private final ExecutorService workers = Executors.newFixedThreadPool(4);

  public Future<byte[]> resize(byte[] image, int width) {
    return workers.submit(() -> scale(image, width));
  }

  private static byte[] scale(byte[] image, int width) {
    return image.length > width ? Arrays.copyOf(image, width) : image;
  }
}
