package io.github.leakproof.cases.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Negative: an in-memory stream owns nothing, so leaving it unclosed leaks nothing. */
public class ByteArrayOutputStreamNotClosed {
  public static byte[] readFully(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    in.transferTo(buffer);
    return buffer.toByteArray();
  }
}
