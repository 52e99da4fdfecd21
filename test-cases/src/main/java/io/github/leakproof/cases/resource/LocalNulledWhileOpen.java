package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Positive: setting the only local that holds an open stream to {@code null} ("to help the garbage
 * collector") does not close it: nothing can close it any more.
 */
public class LocalNulledWhileOpen {
  public static int firstByte(File file) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    InputStream in = new FileInputStream(file);
    int first = in.read();
    in = null;
    return first;
  }

  public static int firstByteThenForget(File file) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    InputStream in = new FileInputStream(file);
    try {
      return in.read();
    } finally {
      in = null;
    }
  }

  /** The pre-Java-7 idiom, with the local cleared before the {@code finally} can close it. */
  public static int firstByteClearedEarly(File file) throws IOException {
    InputStream in = null;
    try {
      // BUG: Diagnostic contains: ResourceNotClosed
      in = new FileInputStream(file);
      int first = in.read();
      in = null;
      return first;
    } finally {
      if (in != null) {
        in.close();
      }
    }
  }

  /** Cleared on one branch only, before the close that the other branch reaches. */
  public static int firstByteUnlessEmpty(File file) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    InputStream in = new FileInputStream(file);
    int first = in.read();
    if (first < 0) {
      in = null;
    }
    if (in != null) {
      in.close();
    }
    return first;
  }
}
