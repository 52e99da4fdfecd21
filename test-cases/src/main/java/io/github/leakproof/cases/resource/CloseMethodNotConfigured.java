package io.github.leakproof.cases.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Positive: the same helper as in CloseMethodOption, but without the option nothing says that
 * finish() closes, so the stream counts as only borrowed by it and never closed.
 */
public class CloseMethodNotConfigured {
  public static int firstByte(String file, StreamFinisher finisher) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    InputStream in = new FileInputStream(file);
    try {
      return in.read();
    } finally {
      finisher.finish(in);
    }
  }
}
