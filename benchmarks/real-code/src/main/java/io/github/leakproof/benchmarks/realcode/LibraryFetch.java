package io.github.leakproof.benchmarks.realcode;

import io.github.leakproof.benchmarks.realcode.LibraryList.Coordinates;
import io.github.leakproof.benchmarks.realcode.LibraryList.Entry;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Makes a {@link Library} of a list entry: resolves the library's own class path and unpacks its sources jar, both
 * through Maven on a small pom written for that library alone (so that each library compiles against the versions
 * it asks for, not one merged class path), under {@code dir/<artifactId-version>/}. Done once: an entry whose line
 * has not changed since is read back.
 */
final class LibraryFetch {

  /** The oldest {@code --release} that the running javac still accepts. */
  private static final int OLDEST_RELEASE = 8;

  private final Path dir;
  private final String maven;
  private final String localRepository;
  private final String dependencyPluginVersion;

  /**
   * @param maven the {@code mvn} executable
   * @param localRepository the local repository the harness's own build uses (empty: Maven's default)
   * @param dependencyPluginVersion the maven-dependency-plugin version of the project's build
   */
  LibraryFetch(Path dir, String maven, String localRepository, String dependencyPluginVersion) {
    this.dir = dir;
    this.maven = maven;
    this.localRepository = localRepository;
    this.dependencyPluginVersion = dependencyPluginVersion;
  }

  /**
   * @param release {@code library} for the release of the library's own class files, or a number
   */
  Library fetch(Entry entry, String release) throws IOException, InterruptedException {
    Path home = dir.resolve(entry.name());
    Path sources = home.resolve("sources");
    Path classPathFile = home.resolve("classpath.txt");
    Path stamp = home.resolve("entry.txt");
    if (!(Files.exists(stamp) && Files.readString(stamp).equals(entry.line()) && Files.exists(classPathFile))) {
      LibraryRun.deleteTree(home);
      Files.createDirectories(home);
      Files.writeString(home.resolve("pom.xml"), pom(entry, sources, classPathFile), StandardCharsets.UTF_8);
      resolve(home, entry);
      Files.writeString(stamp, entry.line());
    }
    String classPath = Files.readString(classPathFile).strip();
    Path jar = ownJar(entry.library(), classPath);
    String chosen = release.equals("library") ? Integer.toString(releaseOf(jar)) : release;
    return new Library(entry.name(), sources, classPath, jar, chosen, usesInternalApi(sources));
  }

  private void resolve(Path home, Entry entry) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(maven, "-B", "-ntp", "-q", "-f", "pom.xml"));
    if (!localRepository.isBlank()) {
      command.add("-Dmaven.repo.local=" + localRepository);
    }
    command.add("generate-resources");
    Path log = home.resolve("fetch.log");
    System.out.printf(Locale.ROOT, "fetching %s%n", entry.line());
    Process process = new ProcessBuilder(command).directory(home.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("could not fetch " + entry.library() + ", see " + log);
    }
  }

  /** The library's published jar: the class path entry named after its artifactId and version. */
  private static Path ownJar(Coordinates library, String classPath) {
    String file = library.artifactId() + "-" + library.version() + ".jar";
    return Arrays.stream(classPath.split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> p.getFileName().toString().equals(file))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(file + " is not on its own class path"));
  }

  /** True if a source file imports the JDK's internal API ({@code sun.misc}), which {@code --release} hides. */
  static boolean usesInternalApi(Path sources) {
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(f -> f.toString().endsWith(".java")).anyMatch(LibraryFetch::importsInternalApi);
    } catch (IOException | UncheckedIOException unreadable) {
      return false;
    }
  }

  private static boolean importsInternalApi(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      return text.contains("import sun.misc.") || text.contains("import static sun.misc.");
    } catch (IOException unreadable) {
      return false;
    }
  }

  /**
   * The Java release of the library's class files: the newest class file version outside {@code META-INF/}
   * (multi-release parts) and {@code module-info.class}, as a release number, at least {@link #OLDEST_RELEASE}.
   */
  static int releaseOf(Path jar) throws IOException {
    int major = 0;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry e = entries.nextElement();
        if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/")
            && !e.getName().endsWith("module-info.class")) {
          try (InputStream in = zip.getInputStream(e); DataInputStream data = new DataInputStream(in)) {
            if (data.readInt() == 0xCAFEBABE) {
              data.readUnsignedShort();
              major = Math.max(major, data.readUnsignedShort());
            }
          }
        }
      }
    }
    return Math.max(OLDEST_RELEASE, major - 44);
  }

  /** A pom that resolves the library's class path and unpacks its sources, and nothing else. */
  private String pom(Entry entry, Path sources, Path classPathFile) {
    StringBuilder dependencies = new StringBuilder();
    dependencies.append(dependency(entry.library()));
    entry.dependencies().forEach(d -> dependencies.append(dependency(d)));
    Coordinates library = entry.library();
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>io.github.leakproof.realcode</groupId>
          <artifactId>%s</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <dependencies>
        %s  </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-dependency-plugin</artifactId>
                <version>%s</version>
                <executions>
                  <execution>
                    <id>sources</id>
                    <phase>generate-resources</phase>
                    <goals><goal>unpack</goal></goals>
                    <configuration>
                      <artifactItems>
                        <artifactItem><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><classifier>sources</classifier></artifactItem>
                      </artifactItems>
                      <outputDirectory>%s</outputDirectory>
                      <includes>**/*.java</includes>
                    </configuration>
                  </execution>
                  <execution>
                    <id>class-path</id>
                    <phase>generate-resources</phase>
                    <goals><goal>build-classpath</goal></goals>
                    <configuration>
                      <includeScope>runtime</includeScope>
                      <outputFile>%s</outputFile>
                    </configuration>
                  </execution>
                </executions>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(entry.name(), dependencies, dependencyPluginVersion, library.groupId(), library.artifactId(), library.version(),
            sources, classPathFile);
  }

  private static String dependency(Coordinates c) {
    String exclusions = c.transitive()
        ? ""
        : "<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>";
    return "    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>%s</dependency>%n"
        .formatted(c.groupId(), c.artifactId(), c.version(), exclusions);
  }
}
