package app;

import java.io.FileWriter;
import java.io.IOException;
import java.util.List;

/** Leaks: the writer is not closed when a write throws, nor at all on the early return. */
public class ReportWriter {
  public void write(String file, List<String> lines) throws IOException {
    FileWriter out = new FileWriter(file);
    for (String line : lines) {
      out.write(line);
    }
    out.close();
  }
}
