package io.github.leakproof.cases.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

/**
 * Positive: the bytes are in memory, but the compressor is not: a {@code GZIPOutputStream} made
 * without a {@code Deflater} of the caller's makes its own, whose native zlib memory only {@code
 * close()} gives back. {@code finish()} writes the trailer and releases nothing.
 */
public class GzipOverByteArrayFinishedNotClosed {
  public static byte[] compress(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // BUG: Diagnostic contains: ResourceNotClosed
    GZIPOutputStream gzip = new GZIPOutputStream(bytes);
    gzip.write(data);
    gzip.finish();
    return bytes.toByteArray();
  }
}
