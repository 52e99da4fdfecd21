package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.zip.CRC32;

/** Negative: try-with-resources closes the stream on every path. */
public class TryWithResources {
  public static long checksum(File file) throws IOException {
    CRC32 crc = new CRC32();
    try (FileInputStream in = new FileInputStream(file)) {
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
        crc.update(buffer, 0, n);
      }
    }
    return crc.getValue();
  }
}
