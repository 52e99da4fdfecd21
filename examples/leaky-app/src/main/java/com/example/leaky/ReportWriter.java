package com.example.leaky;

import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a report file. */
public final class ReportWriter {
  private ReportWriter() {}

  /** Leaks the file handle when a write throws: the close() is not in a finally. */
  public static void write(String file, List<String> lines) throws IOException {
    Writer out = new FileWriter(file);
    for (String line : lines) {
      out.write(line);
      out.write('\n');
    }
    out.close();
  }

  /** Right: try-with-resources closes the file on every path. */
  public static void writeSafely(String file, List<String> lines) throws IOException {
    try (Writer out = new FileWriter(file)) {
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
  }
}
