package io.github.leakproof.cli;

import io.github.leakproof.model.InvalidOptionException;
import io.github.leakproof.model.LeakproofOptions;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Checks, before a long analysis, that what the command line names is there and usable, so that bad input is one
 * clear line and exit code 2 rather than a stack trace or a silent empty report.
 */
final class Inputs {
  private static final int CLASS_MAGIC = 0xCAFEBABE;

  private Inputs() {}

  /**
   * Checks the files and the options; returns the {@code Leakproof:} options the detectors will see: those given as
   * JVM system properties, overridden by those on the command line.
   */
  static Map<String, String> check(Arguments arguments) throws BadInputException {
    for (Path target : arguments.targets()) {
      checkClasses(target, "class folder or jar", true);
    }
    for (Path entry : arguments.classpath()) {
      checkClasses(entry, "class path entry", false);
    }
    checkWritable(arguments.sarif());
    checkWritable(arguments.writeBaseline());
    if (arguments.baseline() != null && !Files.isRegularFile(arguments.baseline())) {
      throw new BadInputException("no baseline file " + arguments.baseline()
          + " (write one with --write-baseline " + arguments.baseline() + ")");
    }
    return options(arguments);
  }

  private static Map<String, String> options(Arguments arguments) throws BadInputException {
    Map<String, String> options = new LinkedHashMap<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith(LeakproofOptions.PREFIX))
        .forEach(name -> options.put(name, System.getProperty(name)));
    options.putAll(arguments.options());
    try {
      LeakproofOptions.parse(options);
    } catch (InvalidOptionException e) {
      throw new BadInputException(e.getMessage().replaceFirst("^Leakproof: ", ""), e);
    }
    return options;
  }

  /**
   * A folder, a jar or a class file. {@code everyClass}: each class file in it starts as a class file does (what is
   * analysed); otherwise a jar only has to open (a library on the class path).
   */
  private static void checkClasses(Path path, String what, boolean everyClass) throws BadInputException {
    if (Files.isDirectory(path)) {
      if (everyClass) {
        checkFolder(path);
      }
      return;
    }
    if (!Files.exists(path)) {
      throw new BadInputException("no such " + what + ": " + path);
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".class")) {
      checkClassFile(path);
    } else if (name.endsWith(".jar") || name.endsWith(".zip") || name.endsWith(".war") || name.endsWith(".ear")) {
      checkArchive(path, everyClass);
    } else {
      throw new BadInputException(path + " is not a class folder, a jar or a class file");
    }
  }

  private static void checkClassFile(Path path) throws BadInputException {
    try (InputStream in = Files.newInputStream(path)) {
      if (!isClass(in)) {
        throw new BadInputException(path + " is not a class file (it does not start with 0xCAFEBABE)");
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** A jar that opens, and whose class entries are class files. */
  private static void checkArchive(Path path, boolean everyClass) throws BadInputException {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      for (var entries = zip.entries(); everyClass && entries.hasMoreElements(); ) {
        var entry = entries.nextElement();
        if (!entry.isDirectory() && entry.getName().endsWith(".class")) {
          try (InputStream in = zip.getInputStream(entry)) {
            if (!isClass(in)) {
              throw new BadInputException(path + " holds " + entry.getName() + ", which is not a class file");
            }
          }
        }
      }
    } catch (IOException e) {
      throw new BadInputException(path + " is not a readable jar (" + e.getMessage() + ")", e);
    }
  }

  private static void checkFolder(Path folder) throws BadInputException {
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(folder)) {
      classFiles = files.filter(file -> file.toString().endsWith(".class") && Files.isRegularFile(file)).toList();
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException("cannot read the folder " + folder + ": " + e.getMessage(), e);
    }
    for (Path classFile : classFiles) {
      checkClassFile(classFile);
    }
  }

  private static boolean isClass(InputStream in) throws IOException {
    try {
      return new DataInputStream(in).readInt() == CLASS_MAGIC;
    } catch (EOFException e) {
      return false;
    }
  }

  private static void checkWritable(Path file) throws BadInputException {
    if (file == null) {
      return;
    }
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new BadInputException("cannot write " + file + ": no folder " + folder);
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException("cannot write " + file + ": it is a folder");
    }
  }
}
