package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Negative: a wrapping helper that declares IOException is treated like a wrapper's constructor:
 * what it is given counts as handed over, also when it throws.
 */
public class WrappingHelperMayThrow {
  public static InputStream from(Path file, long offset) throws IOException {
    return newPositionedStream(FileChannel.open(file), offset);
  }

  private static InputStream newPositionedStream(FileChannel channel, long offset) throws IOException {
    return Channels.newInputStream(channel.position(offset));
  }
}
