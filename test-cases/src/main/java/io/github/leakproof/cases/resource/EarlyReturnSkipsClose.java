package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Positive: the early return for a missing entry skips the close. */
public class EarlyReturnSkipsClose {
  public static long entrySize(File archive, String name) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    ZipFile zip = new ZipFile(archive);
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      return -1;
    }
    long size = entry.getSize();
    zip.close();
    return size;
  }
}
