package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Negative: the Files.lines stream is closed by try-with-resources. */
public class FilesLinesInTryWithResources {
  public static long countNonBlankLines(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.filter(line -> !line.isBlank()).count();
    }
  }
}
