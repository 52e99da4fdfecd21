package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Negative: one stream per file, each closed by its own try-with-resources inside the loop. */
public class TryWithResourcesPerIteration {
  public static long concatenate(List<Path> parts, OutputStream target) throws IOException {
    long total = 0;
    for (Path part : parts) {
      try (InputStream in = Files.newInputStream(part)) {
        total += in.transferTo(target);
      }
    }
    return total;
  }
}
