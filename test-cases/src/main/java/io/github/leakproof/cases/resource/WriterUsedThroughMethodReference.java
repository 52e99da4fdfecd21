package io.github.leakproof.cases.resource;

import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Positive: a report written line by line through {@code out::println}; the writer is never closed, so
 * the file handle stays open and the buffered tail may never reach the disk.
 */
public class WriterUsedThroughMethodReference {
  public void writeReport(String file, List<String> lines) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    PrintWriter out = new PrintWriter(new FileWriter(file));
    lines.forEach(out::println);
    out.flush();
  }
}
