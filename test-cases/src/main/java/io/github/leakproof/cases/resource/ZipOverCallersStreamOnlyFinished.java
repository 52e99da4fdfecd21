package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Positive (zt-zip's {@code ZipUtil.pack} and {@code addEntries}): a {@code ZipOutputStream} over the
 * caller's stream is only {@code finish()}ed, to leave that stream open for the caller. The caller's
 * stream is the caller's to close, but the zip stream made its own {@code Deflater}, whose native
 * memory only the zip stream's {@code close()} (or {@code end()} on an engine given to it) releases.
 */
public class ZipOverCallersStreamOnlyFinished {
  public static void pack(Map<String, byte[]> entries, OutputStream destination) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    ZipOutputStream zip = new ZipOutputStream(destination);
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      addEntry(entry.getKey(), entry.getValue(), zip);
    }
    zip.finish();
  }

  private static void addEntry(String name, byte[] data, ZipOutputStream zip) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(data);
    zip.closeEntry();
  }
}
