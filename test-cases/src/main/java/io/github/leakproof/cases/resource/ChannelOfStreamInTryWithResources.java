package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Negative: getChannel() is a view of the stream, closed with it by try-with-resources. */
public class ChannelOfStreamInTryWithResources {
  public static ByteBuffer tail(File file, int size) throws IOException {
    try (FileInputStream in = new FileInputStream(file)) {
      FileChannel channel = in.getChannel();
      ByteBuffer buffer = ByteBuffer.allocate(size);
      channel.read(buffer, Math.max(0, channel.size() - size));
      return buffer.flip();
    }
  }
}
