package io.github.leakproof.cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;

/** Negative: the project's own closeQuietly helper, called in finally, closes the file. */
public class LocalCloseQuietlyHelper {
  public static long trailer(File file) throws IOException {
    RandomAccessFile raf = new RandomAccessFile(file, "r");
    try {
      raf.seek(raf.length() - Long.BYTES);
      return raf.readLong();
    } finally {
      closeQuietly(raf);
    }
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // nothing useful to do
    }
  }
}
