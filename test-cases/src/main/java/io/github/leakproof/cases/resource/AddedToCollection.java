package io.github.leakproof.cases.resource;

import java.io.Closeable;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Negative: each part's stream goes into a list that the class closes as a whole. */
public class AddedToCollection implements Closeable {
  private final List<InputStream> parts = new ArrayList<>();

  public InputStream openAll(List<Path> files) throws IOException {
    for (Path file : files) {
      parts.add(new FileInputStream(file.toFile()));
    }
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  @Override
  public void close() throws IOException {
    for (InputStream part : parts) {
      part.close();
    }
    parts.clear();
  }
}
