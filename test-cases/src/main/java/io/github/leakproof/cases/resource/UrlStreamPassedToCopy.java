package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Positive: Files.copy reads the stream it is given but does not close it. */
public class UrlStreamPassedToCopy {
  public static long download(URL source, Path target) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    return Files.copy(source.openStream(), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
