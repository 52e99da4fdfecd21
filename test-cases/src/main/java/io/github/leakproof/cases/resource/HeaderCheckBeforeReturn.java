package io.github.leakproof.cases.resource;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/** Positive: the stream is returned to the caller, but a bad header (or a failed read) throws with it still open. */
public class HeaderCheckBeforeReturn {
  private static final int MAGIC = 0x1DEA_F11E;

  public static DataInputStream openIndex(File file) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(file)));
    int magic = in.readInt();
    if (magic != MAGIC) {
      throw new IOException("not an index file: " + file);
    }
    return in;
  }
}
