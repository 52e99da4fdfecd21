package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Negative: a new…() helper wraps the channel in the stream it returns; closing the stream closes the channel. */
public class ChannelWrappedByStreamHelper {
  public static OutputStream append(Path file) throws IOException {
    return newChannelOutputStream(FileChannel.open(file, StandardOpenOption.APPEND));
  }

  private static OutputStream newChannelOutputStream(FileChannel channel) {
    return Channels.newOutputStream(channel);
  }
}
