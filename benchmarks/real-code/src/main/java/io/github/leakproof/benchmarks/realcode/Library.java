package io.github.leakproof.benchmarks.realcode;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One library of the harness, ready to compile: its unpacked sources, the class path it compiles against (its own
 * jar, its dependencies and the optional ones its list entry names, resolved for it alone), its published jar, and
 * the {@code --release} its sources are compiled for.
 *
 * @param name {@code artifactId-version}, the key of its findings in the triage file
 */
record Library(String name, Path sources, String classPath, Path jar, String release) {

  /** The class path without the library's own jar: SpotBugs' aux class path when its classes are analysed. */
  String classPathWithoutOwnJar() {
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(e -> !Path.of(e).equals(jar))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
