package io.github.leakproof.cases.resource;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Negative: the program's own in-memory streams (GrowableByteStream, and a nested reader over an
 * array) hold no resource, judged from their classes: a data stream over one needs no closing, even
 * when a write throws.
 */
public class OwnInMemoryStreamNotClosed {
  /** An input stream over a byte array: only fields of plain types. */
  static final class ArrayInput extends InputStream {
    private final byte[] data;
    private int position;

    ArrayInput(byte[] data) {
      this.data = data;
    }

    @Override
    public int read() {
      return position < data.length ? data[position++] & 0xff : -1;
    }
  }

  public byte[] encode(String text) throws IOException {
    GrowableByteStream bytes = new GrowableByteStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF(text);
    out.writeInt(text.length());
    return bytes.toByteArray();
  }

  public int firstByte(byte[] data) throws IOException {
    InputStream in = new ArrayInput(data);
    return in.read();
  }

  public OutputStream sink() {
    return new GrowableByteStream(16);
  }

  /** One buffer per chunk, made by a factory the subclass may override. */
  public int chunkSizes(byte[] payload, int chunk) throws IOException {
    int total = 0;
    GrowableByteStream buffer = createBuffer(chunk);
    DataOutputStream out = new DataOutputStream(buffer);
    for (int offset = 0; offset < payload.length; offset += chunk) {
      out.write(payload, offset, Math.min(chunk, payload.length - offset));
      total += buffer.size();
      buffer = createBuffer(chunk);
      out = new DataOutputStream(buffer);
    }
    return total;
  }

  protected GrowableByteStream createBuffer(int size) {
    return new GrowableByteStream(size);
  }
}
