package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Negative: Channels.newInputStream takes over the channel, and the stream is closed by try-with-resources. */
public class ChannelsNewInputStreamWrapper {
  public static byte[] readFrom(Path file, long offset) throws IOException {
    try (InputStream in = Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ))) {
      in.skipNBytes(offset);
      return in.readAllBytes();
    }
  }
}
