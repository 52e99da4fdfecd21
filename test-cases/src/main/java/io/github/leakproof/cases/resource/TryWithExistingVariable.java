package io.github.leakproof.cases.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Negative: Java 9 try-with-resources on a variable opened just before it. */
public class TryWithExistingVariable {
  public static String header(Path csv) throws IOException {
    BufferedReader reader = Files.newBufferedReader(csv);
    try (reader) {
      String first = reader.readLine();
      return first == null ? "" : first;
    }
  }
}
