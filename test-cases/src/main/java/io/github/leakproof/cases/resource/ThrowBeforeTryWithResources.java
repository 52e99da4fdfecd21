package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/** Positive: the size check throws after the stream is opened and before the try-with-resources that would close it. */
public class ThrowBeforeTryWithResources {
  private static final long MAX_UPLOAD = 10L * 1024 * 1024;

  public static byte[] readUpload(File file) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    FileInputStream in = new FileInputStream(file);
    if (file.length() > MAX_UPLOAD) {
      throw new IllegalArgumentException("upload too large: " + file);
    }
    try (in) {
      return in.readAllBytes();
    }
  }
}
