package io.github.leakproof.cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.checkerframework.checker.mustcall.qual.NotOwning;

/** Negative: openWriter() looks like a factory, but it is @NotOwning: the journal owns and closes its writer. */
public class NotOwningAccessor implements Closeable {
  private final Path file;
  private Writer writer;

  public NotOwningAccessor(Path file) {
    this.file = file;
  }

  /** The journal's shared writer, opened on first use; the journal closes it. */
  @NotOwning
  public synchronized Writer openWriter() throws IOException {
    if (writer == null) {
      writer = Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    return writer;
  }

  public void record(String entry) throws IOException {
    Writer out = openWriter();
    out.write(entry);
    out.write('\n');
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      writer.close();
    }
  }
}
