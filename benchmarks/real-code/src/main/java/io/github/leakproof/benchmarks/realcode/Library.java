package io.github.leakproof.benchmarks.realcode;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One library of the harness, ready to compile: its unpacked sources, the class path it compiles against (its own
 * jar, its dependencies and the optional ones its list entry names, resolved for it alone), its published jar, and
 * the release its sources are compiled for ({@link #releaseOptions()}).
 *
 * @param name {@code artifactId-version}, the key of its findings in the triage file
 * @param usesInternalApi its sources import the JDK's internal API ({@code sun.misc}), read once when it is fetched
 */
record Library(String name, Path sources, String classPath, Path jar, String release, boolean usesInternalApi) {

  /**
   * The javac options that set the release. {@code --release} hides the JDK's internal API, so a library whose
   * sources import it (netty-common's {@code sun.misc.Unsafe}) is compiled with {@code -source}/{@code -target}
   * instead, against the running JDK's own classes, as its own build does.
   */
  List<String> releaseOptions() {
    return usesInternalApi()
        ? List.of("-source", release, "-target", release, "-Xlint:-options")
        : List.of("--release", release);
  }

  /** The class path without the library's own jar: SpotBugs' aux class path when its classes are analysed. */
  String classPathWithoutOwnJar() {
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(e -> !Path.of(e).equals(jar))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
