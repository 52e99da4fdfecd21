package io.github.leakproof.cases.resource;

import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** Negative: the same report, with the writer in try-with-resources; {@code out::println} only uses it. */
public class WriterThroughMethodReferenceInTry {
  public void writeReport(String file, List<String> lines) throws IOException {
    try (PrintWriter out = new PrintWriter(new FileWriter(file))) {
      lines.forEach(out::println);
    }
  }
}
