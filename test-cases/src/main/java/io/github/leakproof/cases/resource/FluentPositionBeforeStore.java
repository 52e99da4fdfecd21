package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Positive: position() returns the same channel, which is stored in a field that close() closes —
 * but if position() throws, the channel just opened is lost before it reaches the field.
 */
public class FluentPositionBeforeStore implements AutoCloseable {
  private FileChannel channel;

  public void open(Path file, long offset) throws IOException {
    // BUG: Diagnostic contains: position()
    channel = FileChannel.open(file, StandardOpenOption.READ).position(offset);
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }
}
