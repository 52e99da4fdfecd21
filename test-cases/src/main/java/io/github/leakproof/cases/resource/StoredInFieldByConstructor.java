package io.github.leakproof.cases.resource;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;

/** Negative: the constructor opens the writer into a field, and the class's close() closes it. */
public class StoredInFieldByConstructor implements Closeable {
  private final Writer out;

  public StoredInFieldByConstructor(File logFile) throws IOException {
    this.out = new BufferedWriter(new FileWriter(logFile, true));
  }

  public void log(String line) throws IOException {
    out.write(line);
    out.write(System.lineSeparator());
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
