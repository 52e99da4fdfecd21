package io.github.leakproof.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.leakproof.model.Check;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What Leakproof's Error Prone checks add to a real compile.
 *
 * <p>Compiles the sources of a library in-process through {@link JavaCompiler}, with Error Prone as
 * {@code -Xplugin:ErrorProne} on the processor path, in two configurations that differ only in Leakproof's
 * checks: (a) Error Prone's default checks, Leakproof's checks switched off; (b) the same plus Leakproof's
 * checks as warnings. Both have the same processor path (Error Prone and the Leakproof plugin), so class
 * loading is equal. After warm-up rounds it runs measured rounds, alternating the order of a and b, and prints
 * the median wall and CPU time of each, the ratio b/a, peak heap, and Leakproof's findings per check; it writes
 * every Leakproof finding of (b) to a file.
 *
 * <p>Settings are system properties (the module's pom sets them): {@code bench.sources} (folder of the
 * library's sources), {@code bench.classpath} (its compile class path), {@code bench.processorpath} (Error Prone
 * and Leakproof), {@code bench.rounds}, {@code bench.warmup}, {@code bench.release}, {@code bench.findings} (the
 * findings file), {@code bench.work} (a folder for class output), {@code bench.library} (a name for the report).
 *
 * <p>Exits with status 1, printing the compiler's errors, if the library does not compile.
 */
public final class ErrorProneCost {

  private static final Pattern CHECK_TAG = Pattern.compile("^\\[([A-Za-z0-9_]+)\\] ");
  private static final String BUG_CHECKER_SERVICE =
      "META-INF/services/com.google.errorprone.bugpatterns.BugChecker";

  private ErrorProneCost() {}

  /** One configuration of the compile. */
  private record Config(String label, String description, List<String> errorProneFlags) {}

  /** One diagnostic, as the compiler reported it. */
  private record Finding(String file, long line, String check, String message) {
    String format() {
      return file + ":" + line + ": [" + check + "] " + message;
    }
  }

  /** What one compile produced and cost. */
  private record Result(
      long wallNanos,
      long cpuNanos,
      long peakHeapBytes,
      long liveHeapBytes,
      List<Finding> errorProneWarnings,
      List<String> errors,
      String compilerOutput,
      boolean success) {}

  public static void main(String[] args) throws Exception {
    Path sourceRoot = Paths.get(required("bench.sources"));
    String classPath = System.getProperty("bench.classpath", "");
    String processorPath = required("bench.processorpath");
    int rounds = Integer.getInteger("bench.rounds", 5);
    int warmup = Integer.getInteger("bench.warmup", 2);
    String release = System.getProperty("bench.release", "21");
    Path findingsFile = Paths.get(required("bench.findings"));
    Path work = Paths.get(System.getProperty("bench.work", System.getProperty("java.io.tmpdir")));
    String library = System.getProperty("bench.library", sourceRoot.toString());
    if (rounds < 1 || warmup < 0) {
      throw new IllegalArgumentException("bench.rounds must be >= 1 and bench.warmup >= 0");
    }

    List<Path> sources = javaSources(sourceRoot);
    if (sources.isEmpty()) {
      fail("no .java files under " + sourceRoot + " (was the library's sources jar unpacked?)");
    }
    long lines = 0;
    for (Path source : sources) {
      try (Stream<String> s = Files.lines(source, StandardCharsets.UTF_8)) {
        lines += s.count();
      }
    }

    // Leakproof's checks: the model's list; those the plugin jar does not register yet are reported as such.
    Set<String> registered = registeredCheckers(processorPath);
    List<String> checkNames = new ArrayList<>();
    List<String> notInPlugin = new ArrayList<>();
    for (Check check : Check.values()) {
      checkNames.add(check.errorProneName());
      if (!registered.contains(check.errorProneName())) {
        notInPlugin.add(check.errorProneName());
      }
    }

    List<String> common = new ArrayList<>();
    // Error Prone's ERROR-level checks as warnings: a default ERROR finding in the library must not stop the
    // compile half-way (it would skip the later phases of the rest and make the two times incomparable).
    common.add("-XepAllErrorsAsWarnings");
    if (!notInPlugin.isEmpty()) {
      // The model names checks the plugin does not have yet; without this Error Prone rejects -Xep:<Name>.
      common.add("-XepIgnoreUnknownCheckNames");
    }
    List<String> flagsA = new ArrayList<>(common);
    List<String> flagsB = new ArrayList<>(common);
    for (String name : checkNames) {
      flagsA.add("-Xep:" + name + ":OFF");
      flagsB.add("-Xep:" + name + ":WARN");
    }
    Config a = new Config("a", "Error Prone defaults", flagsA);
    Config b = new Config("b", "defaults + Leakproof (WARN)", flagsB);

    String errorProneVersion = jarVersion(processorPath, "error_prone_core");
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    System.out.printf(
        Locale.ROOT,
        "%nLeakproof Error Prone cost: compiling %s (%d files, %d lines) on JDK %s, Error Prone %s,"
            + " --release %s%n%d warm-up + %d measured rounds per configuration, alternating a/b"
            + " (system load average %.2f on %d cores)%n",
        library,
        sources.size(),
        lines,
        Runtime.version(),
        errorProneVersion,
        release,
        warmup,
        rounds,
        loadBefore,
        Runtime.getRuntime().availableProcessors());
    System.out.println("(a) -Xplugin:ErrorProne " + String.join(" ", flagsA));
    System.out.println("(b) -Xplugin:ErrorProne " + String.join(" ", flagsB));
    System.out.flush();

    HeapWatcher heap = new HeapWatcher();
    Map<Config, List<Result>> measured = new LinkedHashMap<>();
    measured.put(a, new ArrayList<>());
    measured.put(b, new ArrayList<>());
    Files.createDirectories(work);
    long start = System.nanoTime();
    boolean aCompiled = false;
    for (int round = 0; round < warmup + rounds; round++) {
      boolean isWarmup = round < warmup;
      List<Config> order = round % 2 == 0 ? List.of(a, b) : List.of(b, a);
      StringBuilder line = new StringBuilder();
      Map<Config, Result> thisRound = new LinkedHashMap<>();
      line.append(isWarmup ? "warm-up " + (round + 1) : "round " + (round - warmup + 1)).append(':');
      for (Config config : order) {
        Result result =
            compile(config, sources, classPath, processorPath, release, work, heap);
        if (!result.success() || !result.errors().isEmpty()) {
          reportCompileFailure(library, config, result, config == b && aCompiled);
          System.exit(1);
        }
        if (config == a) {
          aCompiled = true;
          List<Finding> leaked =
              result.errorProneWarnings().stream()
                  .filter(f -> checkNames.contains(f.check()))
                  .toList();
          if (!leaked.isEmpty()) {
            fail(
                "configuration (a) reported Leakproof findings although its checks are OFF, e.g. "
                    + leaked.get(0).format());
          }
        }
        thisRound.put(config, result);
        if (!isWarmup) {
          measured.get(config).add(result);
        }
        line.append(
            String.format(
                Locale.ROOT,
                "  %s %6.2f s (cpu %6.2f s)",
                config.label(),
                result.wallNanos() / 1e9,
                result.cpuNanos() / 1e9));
      }
      line.append(
          String.format(
              Locale.ROOT,
              "  b/a %.3f (cpu %.3f)",
              (double) thisRound.get(b).wallNanos() / thisRound.get(a).wallNanos(),
              (double) thisRound.get(b).cpuNanos() / thisRound.get(a).cpuNanos()));
      System.out.println(line);
      System.out.flush();
    }
    long totalNanos = System.nanoTime() - start;
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

    // Findings of (b): those of the last measured round, sorted; every (b) round should give the same.
    List<Result> resultsB = measured.get(b);
    List<Finding> findings =
        resultsB.get(resultsB.size() - 1).errorProneWarnings().stream()
            .filter(f -> checkNames.contains(f.check()))
            .sorted(
                Comparator.comparing(Finding::file)
                    .thenComparingLong(Finding::line)
                    .thenComparing(Finding::check)
                    .thenComparing(Finding::message))
            .toList();
    boolean stable =
        resultsB.stream()
            .allMatch(
                r ->
                    r.errorProneWarnings().stream().filter(f -> checkNames.contains(f.check())).count()
                        == findings.size());
    Files.createDirectories(findingsFile.toAbsolutePath().getParent());
    Files.write(
        findingsFile,
        findings.stream().map(Finding::format).toList(),
        StandardCharsets.UTF_8);

    printTable(
        library, measured, a, b, checkNames, notInPlugin, findings, stable, findingsFile, totalNanos,
        loadBefore, loadAfter);
  }

  private static Result compile(
      Config config,
      List<Path> sources,
      String classPath,
      String processorPath,
      String release,
      Path work,
      HeapWatcher heap)
      throws IOException {
    Path out = Files.createTempDirectory(work, "classes-" + config.label() + "-");
    List<String> options = new ArrayList<>();
    options.addAll(List.of("-d", out.toString()));
    options.addAll(List.of("--release", release, "-encoding", "UTF-8", "-proc:none"));
    options.addAll(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW"));
    // Every warning reaches the listener (javac keeps only the first 100 by default).
    options.addAll(List.of("-Xmaxwarns", "1000000", "-Xmaxerrs", "1000"));
    options.addAll(List.of("-processorpath", processorPath));
    if (!classPath.isBlank()) {
      options.addAll(List.of("-classpath", classPath));
    }
    options.add("-Xplugin:ErrorProne " + String.join(" ", config.errorProneFlags()));

    List<Finding> warnings = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    DiagnosticListener<JavaFileObject> listener =
        diagnostic -> record(diagnostic, warnings, errors);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter compilerOutput = new StringWriter();
    // CPU time of the whole JVM: the compiling thread plus GC and JIT threads (the extra garbage and code of
    // Leakproof's checks cost there too). Less sensitive than wall time to other work on the machine.
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    heap.collectAndReset();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    boolean success;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(listener, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      success = javac.getTask(compilerOutput, files, listener, options, null, units).call();
    }
    long wall = System.nanoTime() - t0;
    long cpu = os.getProcessCpuTime() - cpu0;
    long peak = heap.peakSinceReset();
    long live = heap.maxAfterGcSinceReset();

    deleteTree(out);
    return new Result(
        wall, cpu, peak, live, warnings, errors, compilerOutput.toString(), success);
  }

  private static void record(
      Diagnostic<? extends JavaFileObject> diagnostic, List<Finding> warnings, List<String> errors) {
    String message = diagnostic.getMessage(Locale.ROOT);
    String file = diagnostic.getSource() == null ? "<no file>" : diagnostic.getSource().getName();
    if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
      errors.add(file + ":" + diagnostic.getLineNumber() + ": error: " + message);
      return;
    }
    Matcher tag = CHECK_TAG.matcher(message);
    if (tag.find()) {
      String check = tag.group(1);
      String text =
          Arrays.stream(message.substring(tag.end()).split("\\R"))
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("(see "))
              .collect(Collectors.joining(" "));
      warnings.add(new Finding(relative(file), diagnostic.getLineNumber(), check, text));
    }
  }

  private static void reportCompileFailure(
      String library, Config config, Result result, boolean compiledWithoutLeakproof) {
    System.out.flush();
    System.err.println();
    System.err.printf(
        "ERROR: %s does not compile in configuration (%s) %s: %d error(s)%n",
        library, config.label(), config.description(), result.errors().size());
    result.errors().stream().limit(30).forEach(e -> System.err.println("  " + relative(e)));
    if (result.errors().size() > 30) {
      System.err.println("  ... and " + (result.errors().size() - 30) + " more");
    }
    if (!result.compilerOutput().isBlank()) {
      System.err.println("compiler output:");
      System.err.println(result.compilerOutput().strip());
    }
    if (compiledWithoutLeakproof) {
      System.err.println(
          "The same sources compiled in configuration (a): these errors come with Leakproof's checks"
              + " (a check that throws is reported by Error Prone as an error).");
    } else {
      System.err.println(
          "Choose a library that compiles cleanly here, or complete its class path (benchmarks/README.md).");
    }
  }

  private static void printTable(
      String library,
      Map<Config, List<Result>> measured,
      Config a,
      Config b,
      List<String> checkNames,
      List<String> notInPlugin,
      List<Finding> findings,
      boolean stable,
      Path findingsFile,
      long totalNanos,
      double loadBefore,
      double loadAfter) {
    StringBuilder t = new StringBuilder();
    t.append(String.format(Locale.ROOT, "%n=== Leakproof Error Prone cost: %s ===%n", library));
    t.append(
        String.format(
            Locale.ROOT,
            "%-32s %12s %10s %10s %12s %11s %12s %12s%n",
            "configuration",
            "median wall",
            "min wall",
            "max wall",
            "median CPU",
            "peak heap",
            "max live",
            "EP warnings"));
    Map<Config, double[]> medians = new LinkedHashMap<>();
    for (Config config : List.of(a, b)) {
      List<Result> results = measured.get(config);
      double[] wall = results.stream().mapToDouble(r -> r.wallNanos() / 1e9).sorted().toArray();
      double[] cpu = results.stream().mapToDouble(r -> r.cpuNanos() / 1e9).sorted().toArray();
      long peak = results.stream().mapToLong(Result::peakHeapBytes).max().orElse(0);
      long live = results.stream().mapToLong(Result::liveHeapBytes).max().orElse(0);
      int epWarnings = results.get(results.size() - 1).errorProneWarnings().size();
      medians.put(config, new double[] {median(wall), median(cpu)});
      t.append(
          String.format(
              Locale.ROOT,
              "%-32s %10.2f s %8.2f s %8.2f s %10.2f s %7d MiB %8d MiB %12d%n",
              "(" + config.label() + ") " + config.description(),
              median(wall),
              wall[0],
              wall[wall.length - 1],
              median(cpu),
              peak >> 20,
              live >> 20,
              epWarnings));
    }
    double wallRatio = medians.get(b)[0] / medians.get(a)[0];
    double cpuRatio = medians.get(b)[1] / medians.get(a)[1];
    t.append(
        String.format(
            Locale.ROOT,
            "ratio b/a: wall %.3f (%+.1f %%), CPU %.3f (%+.1f %%)%n",
            wallRatio,
            (wallRatio - 1) * 100,
            cpuRatio,
            (cpuRatio - 1) * 100));
    t.append(
        String.format(
            Locale.ROOT,
            "(%d measured rounds each; whole run %.0f s; system load average %.2f before, %.2f after:"
                + " above ~1 on %d cores, other work shared the machine and times are noisy;"
                + " CPU = the JVM's CPU time (compiling thread, GC, JIT), less sensitive to that;"
                + " peak heap = most heap in use, garbage included, just before a collection;"
                + " max live = most heap left after a collection)%n",
            measured.get(a).size(),
            totalNanos / 1e9,
            loadBefore,
            loadAfter,
            Runtime.getRuntime().availableProcessors()));

    Map<String, Integer> perCheck = new TreeMap<>();
    for (Finding f : findings) {
      perCheck.merge(f.check(), 1, Integer::sum);
    }
    t.append(String.format(Locale.ROOT, "%nLeakproof findings in (b), per check:%n"));
    for (String name : checkNames) {
      if (notInPlugin.contains(name)) {
        t.append(String.format(Locale.ROOT, "  %-28s %6s  (not in the plugin yet)%n", name, "-"));
      } else {
        t.append(String.format(Locale.ROOT, "  %-28s %6d%n", name, perCheck.getOrDefault(name, 0)));
      }
    }
    t.append(String.format(Locale.ROOT, "  %-28s %6d%n", "total", findings.size()));
    t.append("  written to " + findingsFile.toAbsolutePath() + "\n");
    if (!stable) {
      t.append("  NOTE: the number of Leakproof findings differed between (b) rounds (listed: the last).\n");
    }
    int otherA = measured.get(a).get(measured.get(a).size() - 1).errorProneWarnings().size();
    int otherB =
        (int)
            measured.get(b).get(measured.get(b).size() - 1).errorProneWarnings().stream()
                .filter(f -> !checkNames.contains(f.check()))
                .count();
    t.append(
        String.format(
            Locale.ROOT,
            "Error Prone's other warnings: %d in (a), %d in (b)%s%n",
            otherA,
            otherB,
            otherA == otherB ? "" : "  NOTE: they differ"));
    System.out.print(t);
    System.out.flush();
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The .java files under {@code root}, sorted; module-info.java is left out (the class path is not a module path). */
  private static List<Path> javaSources(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      fail("no such folder: " + root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))
          .sorted()
          .toList();
    }
  }

  /** Simple names of the BugCheckers that the processor path registers as services. */
  private static Set<String> registeredCheckers(String processorPath) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (String entry : processorPath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Paths.get(entry);
      List<String> lines = new ArrayList<>();
      if (Files.isDirectory(path)) {
        Path service = path.resolve(BUG_CHECKER_SERVICE);
        if (Files.isRegularFile(service)) {
          lines.addAll(Files.readAllLines(service, StandardCharsets.UTF_8));
        }
      } else if (Files.isRegularFile(path)) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
          ZipEntry service = zip.getEntry(BUG_CHECKER_SERVICE);
          if (service != null) {
            try (InputStream in = zip.getInputStream(service)) {
              lines.addAll(
                  new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
          }
        }
      }
      for (String line : lines) {
        String className = line.replaceAll("#.*", "").strip();
        if (!className.isEmpty()) {
          names.add(className.substring(className.lastIndexOf('.') + 1));
        }
      }
    }
    return names;
  }

  /** The version in a jar name like {@code error_prone_core-2.50.0.jar} on the path, or "?". */
  private static String jarVersion(String path, String artifactId) {
    for (String entry : path.split(File.pathSeparator)) {
      String name = Paths.get(entry).getFileName().toString();
      if (name.startsWith(artifactId + "-") && name.endsWith(".jar")) {
        return name.substring(artifactId.length() + 1, name.length() - ".jar".length());
      }
    }
    return "?";
  }

  private static String sourceRootPrefix() {
    String root = System.getProperty("bench.sources", "");
    return root.isEmpty() ? "" : Paths.get(root).toAbsolutePath() + File.separator;
  }

  private static String relative(String text) {
    String prefix = sourceRootPrefix();
    return prefix.isEmpty() ? text : text.replace(prefix, "");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      fail("system property " + property + " is not set (run the benchmark through its pom: benchmarks/README.md)");
    }
    return value;
  }

  private static void fail(String message) {
    System.out.flush();
    System.err.println("ERROR: " + message);
    System.exit(1);
  }

  /**
   * Peak heap in use during a compile: the largest heap occupancy seen just before a collection (from GC
   * notifications), or at the end of the compile if that is larger.
   */
  private static final class HeapWatcher {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final Set<String> heapPools;

    HeapWatcher() {
      heapPools =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .map(MemoryPoolMXBean::getName)
              .collect(Collectors.toSet());
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(
              (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    notification.getType())) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used =
                      info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                          .filter(e -> heapPools.contains(e.getKey()))
                          .mapToLong(e -> e.getValue().getUsed())
                          .sum();
                  peak.accumulateAndGet(used, Math::max);
                  long left =
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                          .filter(e -> heapPools.contains(e.getKey()))
                          .mapToLong(e -> e.getValue().getUsed())
                          .sum();
                  afterGc.accumulateAndGet(left, Math::max);
                  collections.incrementAndGet();
                }
              },
              null,
              null);
        }
      }
    }

    /**
     * Collects garbage left by earlier compiles and waits (up to a second) for that collection's notification,
     * so that it does not count in the next compile's peak; then starts a new peak.
     */
    void collectAndReset() {
      long before = collections.get();
      System.gc();
      long deadline = System.nanoTime() + 1_000_000_000L;
      while (collections.get() == before && System.nanoTime() < deadline) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      peak.set(0);
      afterGc.set(0);
    }

    /** The most heap left in use after a collection during the compile (0 if none ran): roughly its live set. */
    long maxAfterGcSinceReset() {
      return afterGc.get();
    }

    long peakSinceReset() {
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      return Math.max(peak.get(), now);
    }
  }
}
