package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Negative: a private helper keeps the opened file system in the pool's map; close() closes them all. */
public class KeptByPoolHelper implements AutoCloseable {
  private final Map<Path, FileSystem> mounted = new HashMap<>();

  public Path root(Path archive) throws IOException {
    FileSystem fs = FileSystems.newFileSystem(archive);
    remember(archive, fs);
    return fs.getPath("/");
  }

  private void remember(Path archive, FileSystem fs) {
    mounted.put(archive, fs);
  }

  @Override
  public void close() throws IOException {
    for (FileSystem fs : mounted.values()) {
      fs.close();
    }
  }
}
