package io.github.leakproof.benchmarks.realcode;

import io.github.leakproof.benchmarks.realcode.RealCode.Comparison;
import io.github.leakproof.benchmarks.realcode.RealCode.Cost;
import io.github.leakproof.benchmarks.realcode.RealCode.Finding;
import io.github.leakproof.benchmarks.realcode.RealCode.LibraryResult;
import io.github.leakproof.benchmarks.realcode.RealCode.Settings;
import io.github.leakproof.benchmarks.realcode.RealCode.ToolFinding;
import io.github.leakproof.model.Check;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Compiles and analyses one library in the four configurations a–d (see {@link RealCode}), then, unless switched
 * off, runs the other leak finders on it ({@link SideBySide}).
 */
final class LibraryRun {

  /** The four configurations, in the order of the tables. */
  static final List<String> CONFIGS = List.of("a", "b", "c", "d");

  private final Settings settings;
  private final Library library;
  private final Path root;
  private final String name;
  private final List<String> checks;
  private final Path work;
  private final List<String> problems = new ArrayList<>();

  LibraryRun(Settings settings, Library library, List<String> checks) {
    this.settings = settings;
    this.library = library;
    this.root = library.sources();
    this.name = library.name();
    this.checks = checks;
    this.work = settings.out().resolve(name);
  }

  LibraryResult run() throws Exception {
    Path saved = work.resolve(ResultFile.NAME);
    if (settings.reuse() && Files.exists(saved)) {
      System.out.printf(Locale.ROOT, "%n== %s: reusing %s%n", name, saved);
      return ResultFile.read(saved, name);
    }
    deleteTree(work);
    Files.createDirectories(work);
    List<Path> all = javaSources();
    Path classes = work.resolve("classes");
    List<Path> sources = new ArrayList<>(all);
    Set<String> leftOut = new TreeSet<>();
    // Plain javac: leave out the files that do not compile here (at most a few passes; errors in one file can
    // hide errors in others).
    for (int pass = 0; ; pass++) {
      deleteTree(classes);
      Files.createDirectories(classes);
      Compile plain = compile(sources, classes, null);
      if (plain.errorFiles().isEmpty() && plain.success()) {
        break;
      }
      if (pass == 10 || plain.errorFiles().isEmpty()) {
        problems.add(name + " does not compile here even without Leakproof: "
            + plain.output().lines().limit(5).collect(Collectors.joining(" | ")));
        return new LibraryResult(
            name, 0, 0, List.copyOf(leftOut), Map.of(), List.of(), List.of(), problems, Comparison.NONE);
      }
      leftOut.addAll(plain.errorFiles());
      sources.removeIf(p -> leftOut.contains(p.toString()));
    }
    long lines = RealCode.countLines(sources);
    System.out.printf(
        Locale.ROOT, "%n== %s: %d files (%d left out), %d lines%n", name, sources.size(), leftOut.size(), lines);

    Map<String, List<Cost>> costs = new LinkedHashMap<>();
    CONFIGS.forEach(c -> costs.put(c, new ArrayList<>()));
    List<List<Finding>> errorProneRounds = new ArrayList<>();
    List<List<Finding>> spotBugsRounds = new ArrayList<>();
    List<ToolFinding> errorProneBuiltIns = null;
    for (int round = 0; round < settings.rounds(); round++) {
      List<String> order = settings.firstSight() ? List.of("b") : round % 2 == 0 ? List.of("a", "b") : List.of("b", "a");
      for (String config : order) {
        Path out = Files.createTempDirectory(work, "classes-" + config + "-");
        Compile compile = compile(sources, out, config);
        deleteTree(out);
        costs.get(config).add(compile.cost());
        if (!compile.success() || !compile.errorFiles().isEmpty()) {
          problems.add(name + " (" + config + "): compile failed: " + compile.output().lines().limit(20)
              .collect(Collectors.joining(" | ")));
        }
        if (config.equals("a") && !compile.findings().isEmpty()) {
          problems.add(name + " (a): Leakproof findings with Leakproof off: " + compile.findings().get(0));
        }
        if (config.equals("b")) {
          errorProneRounds.add(compile.findings());
        }
        if (config.equals("a") && errorProneBuiltIns == null) {
          errorProneBuiltIns = compile.builtIns();
        }
        printCost(round, config, compile.cost(), compile.findings().size());
      }
      List<String> sbOrder = settings.firstSight() ? List.of("d") : round % 2 == 0 ? List.of("c", "d") : List.of("d", "c");
      for (String config : sbOrder) {
        SpotBugsRun sb = spotBugs(classes, config, round);
        costs.get(config).add(sb.cost());
        if (config.equals("c") && !sb.findings().isEmpty()) {
          problems.add(name + " (c): Leakproof findings without the plugin: " + sb.findings().get(0));
        }
        if (config.equals("d")) {
          spotBugsRounds.add(sb.findings());
        }
        printCost(round, config, sb.cost(), sb.findings().size());
      }
    }
    // Written now, so that a long run's findings can be read library by library.
    writeFindings("findings-errorprone.tsv", errorProneRounds.get(0));
    writeFindings("findings-spotbugs.tsv", spotBugsRounds.get(0));
    checkSame("Error Prone (b)", errorProneRounds);
    checkSame("SpotBugs (d)", spotBugsRounds);
    Comparison comparison = settings.tools() == null
        ? Comparison.NONE
        : new SideBySide(settings, library, work, sources, classes)
            .run(errorProneBuiltIns, work.resolve("spotbugs-c-1.xml"));
    LibraryResult result = new LibraryResult(
        name,
        sources.size(),
        lines,
        List.copyOf(leftOut).stream().map(f -> RealCode.relative(root, f)).toList(),
        settings.firstSight() ? Map.of() : costs,
        errorProneRounds.get(0),
        spotBugsRounds.get(0),
        problems,
        comparison);
    ResultFile.write(saved, result);
    return result;
  }

  private void writeFindings(String file, List<Finding> findings) throws IOException {
    Files.write(work.resolve(file),
        findings.stream().map(f -> f.key() + "\t" + f.message()).toList(), StandardCharsets.UTF_8);
  }

  private void printCost(int round, String config, Cost cost, int findings) {
    System.out.printf(
        Locale.ROOT,
        "  round %d (%s) %7.2f s  peak %5d MiB  live %5d MiB  %d Leakproof findings%n",
        round + 1,
        config,
        cost.wallNanos() / 1e9,
        cost.peakBytes() >> 20,
        cost.liveBytes() >> 20,
        findings);
    System.out.flush();
  }

  /** Every round must give the same findings in the same order. */
  private void checkSame(String what, List<List<Finding>> rounds) {
    for (int i = 1; i < rounds.size(); i++) {
      if (!rounds.get(i).equals(rounds.get(0))) {
        problems.add(name + ": " + what + " findings differ between round 1 and round " + (i + 1));
      }
    }
  }

  /** What one in-process javac run produced. */
  /** {@code builtIns}: the findings of Error Prone's own leak checks ({@link LeakRules}), for the side-by-side. */
  private record Compile(
      boolean success, Set<String> errorFiles, List<Finding> findings, List<ToolFinding> builtIns, Cost cost,
      String output) {}

  /**
   * Compiles {@code sources} to {@code out}: plain javac if {@code config} is null, else with Error Prone in
   * configuration a (Leakproof's checks off) or b (on, as warnings).
   */
  private Compile compile(List<Path> sources, Path out, String config) throws IOException {
    List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath", library.classPath()));
    options.addAll(library.releaseOptions());
    options.addAll(List.of("-encoding", "UTF-8", "-proc:none"));
    options.addAll(List.of("-Xmaxwarns", "1000000", "-Xmaxerrs", "100000"));
    if (config != null) {
      options.addAll(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW"));
      options.addAll(List.of("-processorpath", settings.processorPath()));
      String state = config.equals("b") ? "WARN" : "OFF";
      // Error Prone's ERROR-level findings as warnings: one must not stop the compile half-way.
      options.add("-Xplugin:ErrorProne -XepAllErrorsAsWarnings "
          + checks.stream().map(c -> "-Xep:" + c + ":" + state).collect(Collectors.joining(" ")));
    } else {
      options.add("-nowarn");
    }
    Set<String> errorFiles = new TreeSet<>();
    List<Finding> findings = new ArrayList<>();
    List<ToolFinding> builtIns = new ArrayList<>();
    StringBuilder errors = new StringBuilder();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    javax.tools.DiagnosticListener<JavaFileObject> listener =
        d -> {
          String file = d.getSource() == null ? "<no file>" : d.getSource().getName();
          String message = d.getMessage(Locale.ROOT);
          if (d.getKind() == Diagnostic.Kind.ERROR) {
            errorFiles.add(file);
            errors.append(RealCode.relative(root, file)).append(':').append(d.getLineNumber())
                .append(": ").append(message.lines().findFirst().orElse("")).append('\n');
          } else if (message.startsWith("[")) {
            String check = message.substring(1, Math.max(1, message.indexOf(']')));
            if (checks.contains(check)) {
              findings.add(new Finding(name, "EP", RealCode.relative(root, file), d.getLineNumber(), check,
                  RealCode.squeeze(message.substring(message.indexOf(']') + 1))));
            } else if (LeakRules.check(LeakRules.ERROR_PRONE, check) != null) {
              builtIns.add(new ToolFinding(name, LeakRules.ERROR_PRONE, check, RealCode.relative(root, file),
                  d.getLineNumber(), 0, 0, RealCode.squeeze(message.substring(message.indexOf(']') + 1))));
            }
          }
        };
    resetPeaks();
    LIVE_HEAP.reset();
    long t0 = System.nanoTime();
    boolean success;
    long wall;
    long peak;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(listener, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask)
          javac.getTask(output, files, listener, options, null, files.getJavaFileObjectsFromPaths(sources));
      long[] collecting = new long[1];
      task.addTaskListener(new TaskListener() {
        @Override
        public void finished(TaskEvent event) {
          if (event.getKind() == TaskEvent.Kind.COMPILATION) {
            // The compiler still holds every tree and symbol: what this collection leaves is the compile's
            // largest live set (a small compile may not have collected at all). Its time is not the compile's.
            long g0 = System.nanoTime();
            LIVE_HEAP.collectNow();
            collecting[0] += System.nanoTime() - g0;
          }
        }
      });
      success = task.call();
      wall = System.nanoTime() - t0 - collecting[0];
      peak = heapPeak();
    }
    return new Compile(success, errorFiles, findings, builtIns, new Cost(wall, peak, LIVE_HEAP.maxAfterGc()),
        errors + RealCode.capture(output));
  }

  /** This JVM's live-heap watcher, for the in-process compiles. */
  private static final LiveHeap LIVE_HEAP = new LiveHeap();

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since {@link #resetPeaks()} (an upper bound of the peak heap in use). */
  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  private record SpotBugsRun(List<Finding> findings, Cost cost) {}

  /**
   * SpotBugs (default detectors, all priorities) on {@code classes}, or on the library's jar if so set, in a forked
   * JVM; d adds Leakproof's plugin.
   */
  private SpotBugsRun spotBugs(Path classes, String config, int round) throws Exception {
    Path xml = work.resolve("spotbugs-" + config + "-" + (round + 1) + ".xml");
    Path log = work.resolve("spotbugs-" + config + "-" + (round + 1) + ".log");
    Path gcLog = work.resolve("spotbugs-" + config + "-" + (round + 1) + ".gc.log");
    String aux = library.classPathWithoutOwnJar();
    Path analysed = settings.spotBugsTarget(library, classes);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + settings.spotBugsHeap(), LiveHeap.gcLogOption(gcLog), "-cp", settings.spotBugsClassPath(),
        "edu.umd.cs.findbugs.FindBugs2", "-quiet", "-low"));
    if (config.equals("d")) {
      command.addAll(List.of("-pluginList", settings.spotBugsPlugin()));
    }
    command.addAll(List.of("-auxclasspath", aux, "-xml:withMessages", "-output", xml.toString(), analysed.toString()));
    Forked run = fork(command, log);
    long wall = run.cost().wallNanos();
    long peak = run.cost().peakBytes();
    long live = LiveHeap.fromGcLog(gcLog);
    if (run.exitCode() != 0 || !Files.exists(xml)) {
      problems.add(name + " (" + config + "): SpotBugs exited with " + run.exitCode() + ", see " + log);
      return new SpotBugsRun(List.of(), new Cost(wall, peak, live));
    }
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    NodeList errors = document.getElementsByTagName("AnalysisError");
    for (int i = 0; i < errors.getLength(); i++) {
      String text = errors.item(i).getTextContent();
      if (text.contains("leakproof")) {
        problems.add(name + " (" + config + "): SpotBugs analysis error in Leakproof: "
            + text.strip().lines().limit(3).collect(Collectors.joining(" | ")));
      }
    }
    List<Finding> findings = new ArrayList<>();
    NodeList bugs = document.getElementsByTagName("BugInstance");
    for (int i = 0; i < bugs.getLength(); i++) {
      Element bug = (Element) bugs.item(i);
      String type = bug.getAttribute("type");
      for (Check check : Check.values()) {
        if (check.bugType().equals(type)) {
          Element line = primarySourceLine(bug);
          String file = line == null ? "?" : line.getAttribute("sourcepath");
          long start = line == null || line.getAttribute("start").isEmpty()
              ? 0 : Long.parseLong(line.getAttribute("start"));
          findings.add(new Finding(name, "SB", file, start, check.errorProneName(),
              RealCode.squeeze(childText(bug, "LongMessage"))));
        }
      }
    }
    return new SpotBugsRun(findings, new Cost(wall, peak, live));
  }

  /** A forked JVM's exit code, wall time and peak resident set. */
  record Forked(int exitCode, Cost cost) {}

  /** Runs {@code command}, its output to {@code log}, and measures it. */
  static Forked fork(List<String> command, Path log) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long peak = 0;
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    while (process.isAlive()) {
      peak = Math.max(peak, highWaterMark(status));
      Thread.sleep(50);
    }
    long wall = System.nanoTime() - t0;
    return new Forked(process.exitValue(), new Cost(wall, peak));
  }

  /** The bug's own SourceLine (a direct child), else the first one of its method or class. */
  static Element primarySourceLine(Element bug) {
    for (Node n = bug.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("SourceLine")) {
        return e;
      }
    }
    NodeList lines = bug.getElementsByTagName("SourceLine");
    return lines.getLength() == 0 ? null : (Element) lines.item(0);
  }

  static String childText(Element element, String tag) {
    NodeList nodes = element.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }

  /** The process's peak resident set size (Linux: VmHWM in /proc/pid/status), or 0 if not readable. */
  private static long highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process has just ended: keep the last value.
    }
    return 0;
  }

  /** The library's .java files, sorted; module-info.java is left out (the class path is not a module path). */
  private List<Path> javaSources() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))
          .sorted()
          .toList();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
