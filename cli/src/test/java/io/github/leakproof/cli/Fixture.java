package io.github.leakproof.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.leakproof.corpus.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Real class files of the shared corpus, copied into a folder of their own, and a way to run the command. */
final class Fixture {
  /** The leaky and the clean cases the command-line tests analyse (with their nested classes). */
  static final List<String> CASES =
      List.of(
          "resource/UnclosedBufferedWriter", // ResourceNotClosed at line 12
          "resource/TryWithResources", // clean
          "executor/LocalPoolNeverShutDown", // ExecutorNotShutDown at line 15
          "threadlocal/StrictCacheThatMayHoldAnything"); // ThreadLocalNotRemoved with Leakproof:Strict=threadlocal-caches only

  private static final String PACKAGE = "io/github/leakproof/cases/";

  private Fixture() {}

  /** Copies the {@link #CASES}' class files into {@code folder}, under their package folders. */
  static Path classes(Path folder) throws IOException {
    Path corpus = Corpus.classesFolder();
    for (String name : CASES) {
      Path source = corpus.resolve(PACKAGE + name + ".class");
      Path packageFolder = Files.createDirectories(folder.resolve(PACKAGE + name).getParent());
      String simpleName = source.getFileName().toString().replace(".class", "");
      try (DirectoryStream<Path> files = Files.newDirectoryStream(source.getParent(), simpleName + "{.class,$*.class}")) {
        for (Path file : files) {
          Files.copy(file, packageFolder.resolve(file.getFileName().toString()));
        }
      }
    }
    return folder;
  }

  /** One run of the command: its exit code and what it printed. */
  record Run(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream outStream = new PrintStream(out, true, UTF_8);
        PrintStream errStream = new PrintStream(err, true, UTF_8)) {
      exitCode = Main.run(List.of(args), outStream, errStream);
    }
    return new Run(exitCode, out.toString(UTF_8), err.toString(UTF_8));
  }
}
