package io.github.leakproof.cases.resource;

import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;

/** Negative: append() returns the same writer, which is kept in a field that close() closes. */
public class FluentAppendStoredInField implements AutoCloseable {
  private PrintWriter report;

  public void start(String file) throws IOException {
    report = new PrintWriter(new FileWriter(file)).append("# report\n");
  }

  public void line(String text) {
    report.println(text);
  }

  @Override
  public void close() {
    report.close();
  }
}
