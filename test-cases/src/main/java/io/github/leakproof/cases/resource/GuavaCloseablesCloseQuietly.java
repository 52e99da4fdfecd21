package io.github.leakproof.cases.resource;

import com.google.common.io.Closeables;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Negative: Guava's Closeables.closeQuietly in finally closes the reader. */
public class GuavaCloseablesCloseQuietly {
  public static int countChars(Path file) throws IOException {
    Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    try {
      int count = 0;
      while (reader.read() != -1) {
        count++;
      }
      return count;
    } finally {
      Closeables.closeQuietly(reader);
    }
  }
}
