package io.github.leakproof.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared corpus, read from the {@code leakproof-test-cases} artifact on the class path (which
 * carries its sources next to its class files): every {@code .java} file in a sub-package of
 * {@code io.github.leakproof.cases}, parsed into a {@link CaseFile}.
 */
public final class Corpus {
  /** Where the corpus lives in the artifact. */
  public static final String ROOT = "io/github/leakproof/cases";

  private Corpus() {}

  /**
   * A system property naming one check's package (e.g. {@code -Dleakproof.corpus=resource}): while
   * working on one check, the front ends' corpus tests run only its cases.
   */
  public static final String ONLY_PROPERTY = "leakproof.corpus";

  /** Every case of every check (or of the one {@link #ONLY_PROPERTY} names), in a stable order. */
  public static List<CaseFile> all() {
    String only = System.getProperty(ONLY_PROPERTY, "");
    return load(only.isBlank() ? null : only.trim());
  }

  /** The cases of one check's package, e.g. {@code threadlocal}. */
  public static List<CaseFile> of(String check) {
    return load(check);
  }

  /** The class-path root (directory or jar) that holds the corpus's class files and sources. */
  public static Path root() {
    URL marker = Corpus.class.getClassLoader().getResource(ROOT + "/package-info.java");
    if (marker == null) {
      throw new IllegalStateException(
          "the corpus is not on the class path: add io.github.leakproof:leakproof-test-cases");
    }
    try {
      URI uri = marker.toURI();
      if (uri.getScheme().equals("jar")) {
        String jar = uri.getSchemeSpecificPart();
        return Path.of(URI.create(jar.substring(0, jar.indexOf("!/"))));
      }
      Path file = Path.of(uri);
      return file.getRoot().resolve(file.subpath(0, file.getNameCount() - ROOT.split("/").length - 1));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The corpus's class files as a folder, for tools that want one: the reactor's {@code
   * target/classes}, or the installed jar unpacked once into a temporary folder.
   */
  public static synchronized Path classesFolder() {
    Path root = root();
    if (Files.isDirectory(root)) {
      return root;
    }
    if (unpacked == null) {
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        Path target = Files.createTempDirectory("leakproof-corpus");
        Path jarRoot = jar.getPath("/");
        try (Stream<Path> entries = Files.walk(jarRoot)) {
          for (Path entry : entries.toList()) {
            Path copy = target.resolve(jarRoot.relativize(entry).toString());
            if (Files.isDirectory(entry)) {
              Files.createDirectories(copy);
            } else {
              Files.copy(entry, copy);
            }
          }
        }
        unpacked = target;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return unpacked;
  }

  private static Path unpacked;

  private static List<CaseFile> load(String onlyCheck) {
    Path root = root();
    try {
      if (Files.isDirectory(root)) {
        return read(root, onlyCheck);
      }
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        return read(jar.getPath("/"), onlyCheck);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<CaseFile> read(Path classPathRoot, String onlyCheck) throws IOException {
    Path casesRoot = classPathRoot.resolve(ROOT);
    List<CaseFile> cases = new ArrayList<>();
    try (Stream<Path> files = Files.walk(casesRoot)) {
      for (Path file : files.sorted(Comparator.comparing(Path::toString)).toList()) {
        Path relative = casesRoot.relativize(file);
        if (relative.getNameCount() < 2 || !file.toString().endsWith(".java")) {
          continue; // the corpus root's own package-info, or not a source
        }
        if (file.getFileName().toString().equals("package-info.java")) {
          continue;
        }
        String check = relative.getName(0).toString();
        if (onlyCheck != null && !onlyCheck.equals(check)) {
          continue;
        }
        String path = ROOT + "/" + relative.toString().replace('\\', '/');
        cases.add(CaseParser.parse(path, check, Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    return cases;
  }

  /**
   * One line per finding that {@code frontEnd} is excused from, with the case's reason: what a front
   * end's test prints, so that no difference between the front ends passes unseen.
   */
  public static List<String> describeUnseen(List<CaseFile> cases, FrontEnd frontEnd) {
    List<String> lines = new ArrayList<>();
    for (CaseFile c : cases) {
      for (Expectation unseen : c.unseenBy(frontEnd)) {
        lines.add(
            String.format(
                "not seen by %s: %s:%d %s — %s",
                frontEnd, c.path(), unseen.line(), unseen.check(), unseen.unseenBy().get(frontEnd)));
      }
    }
    return lines;
  }

  /** Options as Error Prone flags, e.g. {@code -XepOpt:Leakproof:Strict=all}. */
  public static List<String> asErrorProneFlags(Map<String, String> options) {
    List<String> flags = new ArrayList<>();
    options.forEach((key, value) -> flags.add("-XepOpt:" + key + "=" + value));
    return flags;
  }
}
