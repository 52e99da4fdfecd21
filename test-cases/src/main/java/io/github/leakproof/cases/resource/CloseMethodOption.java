package io.github.leakproof.cases.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

// OPTIONS: Leakproof:CloseMethods=io.github.leakproof.cases.resource.StreamFinisher#finish
/** Negative: the project's helper closes the stream, and the CloseMethods option says so. */
public class CloseMethodOption {
  public static int firstByte(String file, StreamFinisher finisher) throws IOException {
    InputStream in = new FileInputStream(file);
    try {
      return in.read();
    } finally {
      finisher.finish(in);
    }
  }
}
