package io.github.leakproof.cases.resource;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Negative (a native console terminal's factory): the writer is handed to the terminal's constructor
 * together with modes read into {@code int[]} out-parameters and a page count computed by division.
 * An array access or a division can only throw unchecked exceptions, which the check does not count.
 */
public final class WriterHandedOnWithArrayArguments {
  /** The terminal: owns the writer and closes it. */
  public static final class Terminal implements AutoCloseable {
    private final Writer writer;
    private final int inMode;
    private final int pages;

    Terminal(Writer writer, int inMode, int pages) throws IOException {
      this.writer = writer;
      this.inMode = inMode;
      this.pages = pages;
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  private WriterHandedOnWithArrayArguments() {}

  private static void consoleMode(String device, int[] mode) {
    mode[0] = device.length();
  }

  public static Terminal open(String device, int lines, int pageSize) throws IOException {
    int[] inMode = new int[1];
    consoleMode(device, inMode);
    OutputStream out = new FileOutputStream(device);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    return new Terminal(writer, inMode[0], lines / pageSize);
  }
}
