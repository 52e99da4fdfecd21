package io.github.leakproof.cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;

/** Negative: closing the BufferedReader closes the FileReader it wraps. */
public class BufferedReaderOverFileReader {
  public static int countLines(File file) throws IOException {
    int lines = 0;
    try (BufferedReader reader = new BufferedReader(new FileReader(file))) {
      while (reader.readLine() != null) {
        lines++;
      }
    }
    return lines;
  }
}
