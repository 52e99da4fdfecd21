package io.github.leakproof.cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;

/**
 * Negative: a chain of wrappers in try-with-resources; the charset-name constructor may throw, but then
 * the wrapper is treated as already owning the file stream.
 */
public class InputStreamReaderWithCharsetName {
  public static String firstLine(File file) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new FileInputStream(file), "UTF-8"))) {
      return reader.readLine();
    }
  }
}
