package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Positive: the caller's zip file stays open, so the entry stream (and its inflater) opened here leaks. */
public class ZipEntryStreamOfParameterZip {
  public static String readEntry(ZipFile archive, ZipEntry entry) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    InputStream in = archive.getInputStream(entry);
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
