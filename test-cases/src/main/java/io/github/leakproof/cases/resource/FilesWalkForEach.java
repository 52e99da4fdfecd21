package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Positive: Files.walk keeps directory handles open until the stream is closed; forEach does not close it. */
public class FilesWalkForEach {
  public static List<Path> javaSources(Path root) throws IOException {
    List<Path> sources = new ArrayList<>();
    // BUG: Diagnostic contains: ResourceNotClosed
    Files.walk(root).filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
    return sources;
  }
}
