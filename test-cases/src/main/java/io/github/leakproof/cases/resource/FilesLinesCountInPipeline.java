package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Positive: Files.lines holds the file open until the stream is closed; a terminal count() does not close it. */
public class FilesLinesCountInPipeline {
  public static long countNonBlankLines(Path file) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    return Files.lines(file).filter(line -> !line.isBlank()).count();
  }
}
