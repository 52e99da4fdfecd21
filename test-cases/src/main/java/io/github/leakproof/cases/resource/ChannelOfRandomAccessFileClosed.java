package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Negative: closing the file's channel closes the file: they are one resource. */
public class ChannelOfRandomAccessFileClosed {
  public static int readHeader(String file, ByteBuffer header) throws IOException {
    FileChannel channel = new RandomAccessFile(file, "r").getChannel();
    try {
      return channel.read(header, 0);
    } finally {
      channel.close();
    }
  }
}
