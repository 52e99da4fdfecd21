package io.github.leakproof.cases.resource;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Negative: the program's own in-memory output stream, used by OwnInMemoryStreamNotClosed. It holds
 * only an array: nothing to close.
 */
public class GrowableByteStream extends OutputStream {
  private byte[] buffer;
  private int size;

  public GrowableByteStream() {
    this(64);
  }

  public GrowableByteStream(int capacity) {
    buffer = new byte[capacity];
  }

  @Override
  public void write(int b) {
    if (size == buffer.length) {
      buffer = Arrays.copyOf(buffer, size * 2 + 1);
    }
    buffer[size++] = (byte) b;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  public int size() {
    return size;
  }
}
