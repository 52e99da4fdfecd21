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

/**
 * Negative by default: shut down after the results are collected, so only a failing get() skips the
 * shutdown; exception paths count only in strict mode (see StrictShutdownSkippedOnException).
 */
public class ShutdownOnNormalPathOnly {
  public static long totalSize(List<Path> files) throws InterruptedException, ExecutionException {
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
