package io.github.leakproof.benchmarks.realcode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The list of libraries the harness runs on ({@code benchmarks/real-code/libraries.txt}): one library per entry,
 * its Maven coordinates ({@code groupId:artifactId:version}) first, then the optional or provided dependencies
 * its sources need to compile, on the same line or on indented lines after it. A dependency ending in {@code !}
 * comes without its own dependencies. {@code #} starts a comment.
 */
final class LibraryList {

  private LibraryList() {}

  /** One entry: the library and the extra dependencies of its class path. */
  record Entry(Coordinates library, List<Coordinates> dependencies) {
    String name() {
      return library.artifactId() + "-" + library.version();
    }

    /** The entry as one line: what its fetched files were made from. */
    String line() {
      StringBuilder line = new StringBuilder(library.toString());
      dependencies.forEach(d -> line.append(' ').append(d));
      return line.toString();
    }
  }

  /** {@code groupId:artifactId:version}, with {@code transitive} false for a trailing {@code !}. */
  record Coordinates(String groupId, String artifactId, String version, boolean transitive) {
    static Coordinates parse(String text, Path file, int lineNumber) {
      boolean transitive = !text.endsWith("!");
      String[] parts = (transitive ? text : text.substring(0, text.length() - 1)).split(":");
      if (parts.length != 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
        throw new IllegalArgumentException(
            file + ":" + lineNumber + ": '" + text + "' is not groupId:artifactId:version");
      }
      return new Coordinates(parts[0], parts[1], parts[2], transitive);
    }

    @Override
    public String toString() {
      return groupId + ":" + artifactId + ":" + version + (transitive ? "" : "!");
    }
  }

  static List<Entry> read(Path file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Coordinates library = null;
    List<Coordinates> dependencies = new ArrayList<>();
    int lineNumber = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      int comment = raw.indexOf('#');
      String line = comment < 0 ? raw : raw.substring(0, comment);
      if (line.isBlank()) {
        continue;
      }
      String[] words = line.strip().split("\\s+");
      int first = 0;
      if (!Character.isWhitespace(line.charAt(0))) {
        if (library != null) {
          entries.add(new Entry(library, List.copyOf(dependencies)));
        }
        library = Coordinates.parse(words[0], file, lineNumber);
        dependencies.clear();
        first = 1;
      } else if (library == null) {
        throw new IllegalArgumentException(file + ":" + lineNumber + ": an indented line before any library");
      }
      for (int i = first; i < words.length; i++) {
        dependencies.add(Coordinates.parse(words[i], file, lineNumber));
      }
    }
    if (library != null) {
      entries.add(new Entry(library, List.copyOf(dependencies)));
    }
    return entries;
  }
}
