package io.github.leakproof.cases.resource;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.file.Path;

/** Negative: a factory method returns the stream it opens; closing it is the caller's job. */
public class ReturnsOpenedStream {
  private final Path dataDirectory;

  public ReturnsOpenedStream(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  public InputStream openSegment(String name) throws FileNotFoundException {
    return new BufferedInputStream(new FileInputStream(dataDirectory.resolve(name).toFile()));
  }
}
