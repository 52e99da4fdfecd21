package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;

/** Negative: the pre-Java-7 idiom: null before the try, opened inside it, closed in finally if it was opened. */
public class NullCheckThenCloseInFinally {
  public static String read(File file) throws IOException {
    Reader reader = null;
    try {
      reader = new FileReader(file);
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[4096];
      for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } finally {
      if (reader != null) {
        reader.close();
      }
    }
  }
}
