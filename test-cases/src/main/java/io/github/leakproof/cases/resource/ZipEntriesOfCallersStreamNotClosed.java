package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Positive: the stream read is the caller's, but the {@code ZipInputStream} over it has an {@code
 * Inflater} of its own, whose native memory stays allocated until {@code close()} (or, some time, the
 * garbage collector's cleaner).
 */
public class ZipEntriesOfCallersStreamNotClosed {
  public static List<String> entryNames(InputStream archive) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    ZipInputStream zip = new ZipInputStream(archive);
    List<String> names = new ArrayList<>();
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      names.add(entry.getName());
    }
    return names;
  }
}
