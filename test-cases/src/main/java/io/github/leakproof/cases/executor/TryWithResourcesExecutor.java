package io.github.leakproof.cases.executor;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Negative: ExecutorService is AutoCloseable since JDK 19; try-with-resources awaits the tasks and shuts down. */
public class TryWithResourcesExecutor {
  public static List<Future<String>> fetchAll(List<URI> pages, Function<URI, String> fetch) {
    List<Future<String>> bodies = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (URI page : pages) {
        bodies.add(executor.submit(() -> fetch.apply(page)));
      }
    }
    return bodies;
  }
}
