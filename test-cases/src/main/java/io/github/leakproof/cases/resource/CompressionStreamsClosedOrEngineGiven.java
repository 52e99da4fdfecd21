package io.github.leakproof.cases.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Negative: a compressing stream closed by try-with-resources gives its {@code Deflater} back; one
 * given the caller's {@code Deflater} or {@code Inflater} owns no native memory of its own (its {@code
 * close()} would not end that engine) and only wraps what it is given — here the caller's stream or an
 * array in memory.
 */
public class CompressionStreamsClosedOrEngineGiven {
  public static byte[] compress(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(data);
    }
    return bytes.toByteArray();
  }

  public static byte[] compressWith(Deflater deflater, byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater);
    out.write(data);
    out.finish();
    return bytes.toByteArray();
  }

  public static int firstByte(InputStream compressed, Inflater inflater) throws IOException {
    InflaterInputStream in = new InflaterInputStream(compressed, inflater);
    return in.read();
  }
}
