package io.github.leakproof.cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Positive: the channel is kept in a field, but if position() throws first, nobody has it and nobody closes it. */
public class ExceptionBeforeStoreToField implements Closeable {
  private FileChannel channel;

  public void openAt(Path file, long offset) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    FileChannel opened = FileChannel.open(file, StandardOpenOption.READ);
    opened.position(offset);
    this.channel = opened;
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }
}
