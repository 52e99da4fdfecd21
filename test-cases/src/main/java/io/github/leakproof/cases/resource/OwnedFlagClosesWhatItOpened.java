package io.github.leakproof.cases.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Negative: the "owned" flag idiom: close the stream only when this method opened it. */
public class OwnedFlagClosesWhatItOpened {
  public static int firstByte(InputStream given, String fallbackFile) throws IOException {
    InputStream in = given;
    boolean owned = false;
    if (in == null) {
      in = new FileInputStream(fallbackFile);
      owned = true;
    }
    try {
      return in.read();
    } finally {
      if (owned) {
        in.close();
      }
    }
  }
}
