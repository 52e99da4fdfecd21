// OPTIONS: Leakproof:Strict=executor-exception-paths
package io.github.leakproof.cases.executor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive in strict mode only: when get() throws, the shutdown after it is skipped. */
public class StrictShutdownSkippedOnException {
  public static long totalSize(List<Path> files) throws InterruptedException, ExecutionException {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Long>> sizes = new ArrayList<>();
    for (Path file : files) {
      sizes.add(pool.submit(() -> size(file)));
    }
    long total = 0;
    for (Future<Long> size : sizes) {
      total += size.get();
    }
    pool.shutdown();
    return total;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
