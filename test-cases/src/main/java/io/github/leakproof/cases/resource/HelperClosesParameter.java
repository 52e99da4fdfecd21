package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/** Negative: a local helper whose name says nothing about closing does close its parameter. */
public class HelperClosesParameter {
  private static final Logger LOG = Logger.getLogger(HelperClosesParameter.class.getName());

  public static void writeAll(Path target, List<String> lines) throws IOException {
    Writer out = Files.newBufferedWriter(target);
    try {
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    } finally {
      finish(out, target);
    }
  }

  private static void finish(Writer out, Path target) {
    try {
      out.close();
    } catch (IOException e) {
      LOG.warning("could not finish writing " + target + ": " + e);
    }
  }
}
