package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Negative: the entry stream is not closed itself, but closing the zip file closes it. */
public class ZipEntryStreamClosedWithZip {
  public static byte[] readEntry(File archive, String name) throws IOException {
    try (ZipFile zip = new ZipFile(archive)) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null) {
        return new byte[0];
      }
      InputStream in = zip.getInputStream(entry);
      return in.readAllBytes();
    }
  }
}
