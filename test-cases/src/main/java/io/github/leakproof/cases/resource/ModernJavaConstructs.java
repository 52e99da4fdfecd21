package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Negative: records, a sealed interface, a switch with record patterns and var around correctly closed streams. */
public class ModernJavaConstructs {
  sealed interface Source permits FileSource, InlineSource {}

  record FileSource(Path path) implements Source {}

  record InlineSource(String text) implements Source {}

  public static long countLines(Source source) throws IOException {
    return switch (source) {
      case FileSource(Path path) -> {
        try (var lines = Files.lines(path)) {
          yield lines.count();
        }
      }
      case InlineSource inline -> inline.text().lines().count();
    };
  }

  public static byte[] read(Source source) throws IOException {
    if (source instanceof FileSource(var path)) {
      try (var in = Files.newInputStream(path)) {
        return in.readAllBytes();
      }
    }
    return ((InlineSource) source).text().getBytes(StandardCharsets.UTF_8);
  }
}
