package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Negative: a file system created from a URI is registered with its provider, so that {@code
 * Path.of(uri)} finds it afterwards; the provider keeps it, not this method.
 */
public class FileSystemRegisteredByUri {
  public static Path mount(URI jarUri) throws IOException {
    try {
      FileSystems.newFileSystem(jarUri, Map.of());
    } catch (FileSystemAlreadyExistsException alreadyMounted) {
      // someone mounted it first: fine
    }
    return Path.of(jarUri);
  }
}
