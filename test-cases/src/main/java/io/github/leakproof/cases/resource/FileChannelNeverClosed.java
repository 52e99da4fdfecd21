package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Positive: a channel opened to read a file header is never closed. */
public class FileChannelNeverClosed {
  public static int formatVersion(Path file) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    ByteBuffer header = ByteBuffer.allocate(8);
    channel.read(header, 0);
    return header.flip().getInt(4);
  }
}
