package io.github.leakproof.cases.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Positive: {@code requireNonNull} gives the stream back, and the stream it gives back is read and
 * never closed.
 */
public class RequireNonNullThenDropped {
  public static int firstByte(String file) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    InputStream in = Objects.requireNonNull(new FileInputStream(file), "no stream");
    return in.read();
  }
}
