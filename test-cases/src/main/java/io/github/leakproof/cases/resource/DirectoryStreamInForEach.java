package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Positive: iterating a DirectoryStream in a for-each loop does not close it. */
public class DirectoryStreamInForEach {
  public static int deleteLogs(Path directory) throws IOException {
    int deleted = 0;
    // BUG: Diagnostic contains: ResourceNotClosed
    DirectoryStream<Path> logs = Files.newDirectoryStream(directory, "*.log");
    for (Path log : logs) {
      if (Files.deleteIfExists(log)) {
        deleted++;
      }
    }
    return deleted;
  }
}
