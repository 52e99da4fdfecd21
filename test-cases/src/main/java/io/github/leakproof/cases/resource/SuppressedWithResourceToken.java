package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Negative for Error Prone, positive for SpotBugs: a deliberate leak under javac's
 * {@code @SuppressWarnings("resource")}, which SpotBugs cannot see (SOURCE retention).
 */
public class SuppressedWithResourceToken {
  @SuppressWarnings("resource") // the lock is held until the JVM exits: one instance per machine
  public static void lockForProcessLifetime(Path lockFile) throws IOException {
    // NOT-ERRORPRONE: honours javac's resource suppression token
    // BUG: Diagnostic contains: ResourceNotClosed
    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    if (channel.tryLock() == null) {
      throw new IllegalStateException("another instance holds " + lockFile);
    }
  }
}
