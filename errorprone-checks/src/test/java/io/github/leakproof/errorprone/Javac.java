package io.github.leakproof.errorprone;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;

/**
 * The JDK's javac with Error Prone as a plugin, as a build runs it: Error Prone, Leakproof's checks and
 * their dependencies on the processor path. What it prints is what the user sees.
 */
record Javac(int exitCode, String output) {
  static Javac run(Path dir, String errorProneFlags, Path... sources) throws IOException {
    List<String> args = new ArrayList<>();
    args.add("-d");
    args.add(Files.createDirectories(dir.resolve("classes")).toString());
    args.add("-proc:none");
    args.add("-XDcompilePolicy=simple");
    args.add("--should-stop=ifError=FLOW");
    args.add("-processorpath");
    args.add(System.getProperty("java.class.path"));
    args.add("-Xplugin:ErrorProne " + errorProneFlags);
    for (Path source : sources) {
      args.add(source.toString());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exitCode = ToolProvider.getSystemJavaCompiler().run(null, out, out, args.toArray(String[]::new));
    return new Javac(exitCode, out.toString(UTF_8));
  }

  /** Writes {@code lines} to {@code dir/src/path} and returns the file. */
  static Path source(Path dir, String path, String... lines) throws IOException {
    Path file = dir.resolve("src").resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines), UTF_8);
    return file;
  }

  List<String> linesContaining(String text) {
    return output.lines().filter(line -> line.contains(text)).toList();
  }
}
