package io.github.leakproof.cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;

/** Negative: the loan pattern: withReader(reader, action) runs the action and closes the reader. */
public class LentToLoanHelper {
  /** What to do with a reader. */
  public interface ReaderAction<T> {
    T apply(BufferedReader reader) throws IOException;
  }

  public static String firstLine(File file) throws IOException {
    return withReader(new BufferedReader(new FileReader(file)), BufferedReader::readLine);
  }

  static <T> T withReader(BufferedReader reader, ReaderAction<T> action) throws IOException {
    try (reader) {
      return action.apply(reader);
    }
  }
}
