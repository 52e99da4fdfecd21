package io.github.leakproof.benchmarks.realcode;

import io.github.leakproof.model.Check;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real-code harness: Leakproof's robustness, precision and cost on the sources of real libraries.
 *
 * <p>For every library of the list ({@link LibraryList}; sources and class path fetched by {@link LibraryFetch}):
 *
 * <ol>
 *   <li>compiles it with plain javac and leaves out the files that do not compile here (they need optional
 *       dependencies; the library's own jar on the class path stands in for them) — the same files in every
 *       later step;
 *   <li>compiles it {@code rounds} times each with (a) Error Prone's default checks and (b) the same plus
 *       Leakproof's checks, alternating the order; any compiler error in (b) is a Leakproof robustness failure;
 *   <li>runs SpotBugs {@code rounds} times each (c) alone and (d) with the Leakproof plugin on the classes of
 *       step 1 (or on its published jar), in forked JVMs, alternating the order;
 *   <li>checks that every (b) round gave the same findings in the same order, and so did every (d) round;
 *   <li>unless {@code -Drealcode.compare=false}: runs the other leak finders on the same files and classes
 *       ({@link SideBySide}).
 * </ol>
 *
 * <p>Then it joins all findings with the triage file (one verdict per library, file, line and check) and prints
 * the tables of docs/real-code.md: findings per library and check for both front ends, precision per check,
 * untriaged findings, robustness, and timings (medians and peak memory). It writes the findings to
 * {@code findings.tsv} and the tables to {@code report.md} in {@code realcode.out}.
 *
 * <p>Exits with status 1 if Leakproof broke a compile or a SpotBugs run, if findings differed between rounds, or
 * if a finding has no verdict in the triage file.
 */
public final class RealCode {

  private RealCode() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    List<String> checks = Arrays.stream(Check.values()).map(Check::errorProneName).toList();
    Files.createDirectories(settings.out());
    System.out.printf(
        Locale.ROOT,
        "Leakproof real-code harness: %d libraries, %d rounds, JDK %s, %d cores, load average %.2f%n",
        settings.libraries().size(),
        settings.rounds(),
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    List<LibraryResult> results = new ArrayList<>();
    long start = System.nanoTime();
    for (Library library : settings.libraries()) {
      results.add(new LibraryRun(settings, library, checks).run());
    }
    long minutes = (System.nanoTime() - start) / 60_000_000_000L;

    Triage triage = Triage.read(settings.triage());
    Report report = new Report(results, checks, triage, minutes);
    String text = report.render();
    Files.writeString(settings.out().resolve("report.md"), text, StandardCharsets.UTF_8);
    Files.write(settings.out().resolve("findings.tsv"), report.findingLines(), StandardCharsets.UTF_8);
    Files.write(settings.out().resolve("side-by-side.tsv"), report.sideBySideLines(), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(text);
    System.out.println("Written: " + settings.out().resolve("report.md") + ", " + settings.out().resolve("findings.tsv"));
    if (!report.problems().isEmpty()) {
      System.err.println("PROBLEMS:");
      report.problems().forEach(p -> System.err.println("  " + p));
      System.exit(1);
    }
  }

  /**
   * The harness's settings, from system properties set by the module's pom. {@code spotBugsOnJar}: SpotBugs
   * analyses the library's published jar, as a user's build would, instead of the classes compiled in step 1.
   */
  record Settings(
      List<Library> libraries,
      String processorPath,
      String spotBugsClassPath,
      String spotBugsPlugin,
      String spotBugsHeap,
      boolean spotBugsOnJar,
      boolean firstSight,
      int rounds,
      boolean reuse,
      Path triage,
      Path out,
      Tools tools) {

    static Settings fromSystemProperties() throws IOException, InterruptedException {
      Set<String> only =
          Arrays.stream(System.getProperty("realcode.only", "").split(","))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .collect(Collectors.toSet());
      Path list = Paths.get(required("realcode.list"));
      List<LibraryList.Entry> entries = LibraryList.read(list).stream()
          .filter(e -> only.isEmpty() || only.stream().anyMatch(o -> e.name().startsWith(o)))
          .sorted(Comparator.comparing(LibraryList.Entry::name))
          .toList();
      if (entries.isEmpty()) {
        throw new IllegalStateException("no library of " + list + " matches realcode.only=" + only);
      }
      // First sight: the findings of a new batch, to triage before any rule changes; one (b) and one (d) run
      // per library, no cost, no determinism check, no side by side.
      boolean firstSight = Boolean.getBoolean("realcode.firstSight");
      int rounds = firstSight ? 1 : Integer.getInteger("realcode.rounds", 3);
      if (rounds < 2 && !firstSight) {
        throw new IllegalArgumentException("realcode.rounds must be >= 2 (two rounds check determinism)");
      }
      String release = System.getProperty("realcode.release", "library");
      if (!release.equals("library") && !release.matches("\\d+")) {
        throw new IllegalArgumentException("realcode.release must be 'library' or a Java release, not " + release);
      }
      String target = System.getProperty("realcode.spotbugs.target", "classes");
      if (!target.equals("classes") && !target.equals("jar")) {
        throw new IllegalArgumentException("realcode.spotbugs.target must be 'classes' or 'jar', not " + target);
      }
      LibraryFetch fetch = new LibraryFetch(
          Paths.get(required("realcode.libraries")), required("realcode.maven"),
          System.getProperty("realcode.m2", ""), required("realcode.dependency.plugin"));
      List<Library> libraries = new ArrayList<>();
      for (LibraryList.Entry entry : entries) {
        libraries.add(fetch.fetch(entry, release));
      }
      return new Settings(
          libraries,
          required("realcode.processorpath"),
          required("realcode.spotbugs.classpath"),
          required("realcode.spotbugs.plugin"),
          System.getProperty("realcode.spotbugs.heap", "2g"),
          target.equals("jar"),
          firstSight,
          rounds,
          Boolean.getBoolean("realcode.reuse"),
          Paths.get(required("realcode.triage")),
          Paths.get(required("realcode.out")),
          firstSight ? null : Tools.fromSystemProperties());
    }

    /** What SpotBugs analyses: the classes compiled in step 1, or the library's published jar. */
    Path spotBugsTarget(Library library, Path classes) {
      return spotBugsOnJar ? library.jar() : classes;
    }

    static String required(String name) {
      String value = System.getProperty(name);
      if (value == null || value.isBlank()) {
        throw new IllegalStateException("system property " + name + " is not set (run through the pom)");
      }
      return value;
    }
  }

  /**
   * The other leak finders of the side-by-side (null if switched off with {@code -Drealcode.compare=false}):
   * PMD's class path, the sb-contrib plugin jar, the Checker Framework jar, Leakproof's model jar (the RLC
   * stubs), how many times each runs per library, and after how many minutes the RLC is given up on.
   */
  /**
   * The other leak finders (part 5). {@code rlcLibraries}: library folder names or prefixes the Resource Leak
   * Checker runs on (empty: all); it costs some 25 times a javac, so the default run gives it a subset.
   */
  record Tools(
      String pmdClassPath, String sbContrib, String checker, String model, int rounds, int rlcTimeoutMinutes,
      Set<String> rlcLibraries) {

    boolean runsRlcOn(String library) {
      return rlcLibraries.isEmpty() || rlcLibraries.stream().anyMatch(library::startsWith);
    }

    static Tools fromSystemProperties() throws IOException {
      if (!Boolean.parseBoolean(System.getProperty("realcode.compare", "true"))) {
        return null;
      }
      Path dir = Paths.get(Settings.required("realcode.tools"));
      int rounds = Integer.getInteger("realcode.compare.rounds", 1);
      if (rounds < 1) {
        throw new IllegalArgumentException("realcode.compare.rounds must be >= 1");
      }
      return new Tools(
          Files.readString(dir.resolve("pmd-classpath.txt")).strip(),
          Files.readString(dir.resolve("sb-contrib.txt")).strip(),
          Files.readString(dir.resolve("checker.txt")).strip(),
          Settings.required("realcode.model.jar"),
          rounds,
          Integer.getInteger("realcode.compare.timeout", 30),
          Arrays.stream(System.getProperty("realcode.compare.rlc", "").split(","))
              .map(String::strip)
              .filter(l -> !l.isEmpty())
              .collect(Collectors.toSet()));
    }
  }

  /**
   * One finding of another leak finder (see {@link LeakRules}), its file relative to the library's source root;
   * {@code methodStart}..{@code methodEnd}: the lines of the method it names (SpotBugs), else 0.
   */
  record ToolFinding(
      String library, String tool, String rule, String file, long line, long methodStart, long methodEnd,
      String message) {}

  /**
   * What the other leak finders found in one library and what they cost. Cost keys: {@code e} (SpotBugs +
   * sb-contrib), {@code pmd}, {@code rlc}, {@code javac} (plain javac of the same files, the RLC's baseline).
   * Notes: a tool that crashed or was given up on (not a failure of the run).
   */
  record Comparison(List<ToolFinding> findings, Map<String, List<Cost>> costs, List<String> notes) {
    static final Comparison NONE = new Comparison(List.of(), Map.of(), List.of());

    boolean ran() {
      return !costs.isEmpty() || !findings.isEmpty() || !notes.isEmpty();
    }
  }

  /** One finding of one front end, its file relative to the library's source root. */
  record Finding(String library, String frontEnd, String file, long line, String check, String message) {
    String key() {
      return library + "\t" + file + "\t" + line + "\t" + check;
    }
  }

  /** What one measured run (a compile or a SpotBugs run) cost. */
  /**
   * What one measured run cost: wall time, peak memory (heap pools' peak sum in process, resident set of a forked
   * JVM) and live heap ({@link LiveHeap}; 0 where not measured).
   */
  record Cost(long wallNanos, long peakBytes, long liveBytes) {
    Cost(long wallNanos, long peakBytes) {
      this(wallNanos, peakBytes, 0);
    }
  }

  /** Everything the harness learned about one library. */
  record LibraryResult(
      String name,
      int files,
      long lines,
      List<String> leftOut,
      Map<String, List<Cost>> costs,
      List<Finding> errorProne,
      List<Finding> spotBugs,
      List<String> problems,
      Comparison comparison) {}

  /** The verdicts of the committed triage file, by {@link Finding#key()}. */
  record Triage(Map<String, String[]> rows) {
    static Triage read(Path file) throws IOException {
      Map<String, String[]> rows = new TreeMap<>();
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          // library, file, line, check, verdict (TP or FP), reason
          String[] cells = line.split("\t", 6);
          if (cells.length == 6) {
            rows.put(String.join("\t", cells[0], cells[1], cells[2], cells[3]), cells);
          }
        }
      }
      return new Triage(rows);
    }

    String verdict(Finding finding) {
      String[] row = rows.get(finding.key());
      return row == null ? null : row[4].strip();
    }
  }

  static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  static String relative(Path root, String file) {
    String prefix = root.toAbsolutePath() + java.io.File.separator;
    return file.startsWith(prefix) ? file.substring(prefix.length()) : file;
  }

  static String squeeze(String message) {
    return Arrays.stream(message.split("\\R"))
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("(see "))
        .collect(Collectors.joining(" "))
        .replace('\t', ' ');
  }

  static long countLines(List<Path> files) throws IOException {
    long lines = 0;
    for (Path file : files) {
      try (Stream<String> s = Files.lines(file, StandardCharsets.ISO_8859_1)) {
        lines += s.count();
      }
    }
    return lines;
  }

  static String capture(StringWriter writer) {
    return writer.toString().strip();
  }
}
