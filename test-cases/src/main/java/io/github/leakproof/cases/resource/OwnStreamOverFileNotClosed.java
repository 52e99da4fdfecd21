package io.github.leakproof.cases.resource;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Positive: a factory of the program's own stream subclass that keeps a file stream and closes it in
 * close(): judged from its class, it is a resource (unlike GrowableByteStream), and must be closed.
 */
public class OwnStreamOverFileNotClosed {
  static final class CountingFileStream extends OutputStream {
    private final FileOutputStream file;
    private long count;

    CountingFileStream(String path) throws IOException {
      this.file = new FileOutputStream(path);
    }

    @Override
    public void write(int b) throws IOException {
      file.write(b);
      count++;
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }

  static CountingFileStream createCounting(String path) throws IOException {
    return new CountingFileStream(path);
  }

  public long writeHeader(String path) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    CountingFileStream out = createCounting(path);
    out.write(0xCA);
    out.write(0xFE);
    return out.count;
  }
}
