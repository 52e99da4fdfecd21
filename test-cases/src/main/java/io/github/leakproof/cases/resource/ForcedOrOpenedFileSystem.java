package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Negative: the file system is opened only when none was forced on the factory, and closed under the
 * same condition; the path that skips the close never opened anything.
 */
public class ForcedOrOpenedFileSystem {
  private final FileSystem forced;

  public ForcedOrOpenedFileSystem(FileSystem forced) {
    this.forced = forced;
  }

  public boolean hasEntry(Path archive, String entry) throws IOException {
    FileSystem fs = forced != null ? forced : FileSystems.newFileSystem(archive);
    try {
      return Files.exists(fs.getPath(entry));
    } finally {
      if (forced == null) {
        fs.close();
      }
    }
  }
}
