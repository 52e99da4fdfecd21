package io.github.leakproof.benchmarks.realcode;

import io.github.leakproof.benchmarks.realcode.RealCode.Comparison;
import io.github.leakproof.benchmarks.realcode.RealCode.Cost;
import io.github.leakproof.benchmarks.realcode.RealCode.Settings;
import io.github.leakproof.benchmarks.realcode.RealCode.ToolFinding;
import io.github.leakproof.benchmarks.realcode.RealCode.Tools;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Part 5 of the real-code run, after a–d so that it does not disturb their timings: the other leak finders on the
 * same files and classes of one library, each {@code realcode.compare.rounds} times (findings from the first
 * round, median time):
 *
 * <ul>
 *   <li>SpotBugs' own leak rules, read from the first (c) report (no extra run);
 *   <li>(e) SpotBugs + the sb-contrib plugin, options as (c); its leak rules, and its time against (c);
 *   <li>PMD 7's {@code CloseResource} through PMD's CLI in a forked JVM, same files, same class path;
 *   <li>the Checker Framework's Resource Leak Checker with Leakproof's executor/timer stubs, in-process like the
 *       Error Prone compiles, against a plain javac of the same files; a crash, an error or a run longer than
 *       {@code realcode.compare.timeout} minutes is recorded as its result;
 *   <li>Error Prone's own leak checks, read from the first (a) compile (passed in; no extra run).
 * </ul>
 *
 * <p>Which rules count and what they are compared with: {@link LeakRules}.
 */
final class SideBySide {

  private static final String RLC_PROCESSOR = "org.checkerframework.checker.resourceleak.ResourceLeakChecker";
  private static final String RLC_STUBS = "/io/github/leakproof/rlc/jdk-executors.astub";

  private final Settings settings;
  private final Tools tools;
  private final Library library;
  private final Path root;
  private final String name;
  private final Path work;
  private final List<Path> sources;
  private final Path classes;
  private final List<String> notes = new ArrayList<>();

  SideBySide(Settings settings, Library library, Path work, List<Path> sources, Path classes) {
    this.settings = settings;
    this.tools = settings.tools();
    this.library = library;
    this.root = library.sources();
    this.name = library.name();
    this.work = work;
    this.sources = sources;
    this.classes = classes;
  }

  /**
   * @param errorProneBuiltIns Error Prone's own leak findings of the first (a) compile
   * @param spotBugsXml the first (c) report
   */
  Comparison run(List<ToolFinding> errorProneBuiltIns, Path spotBugsXml) throws Exception {
    List<ToolFinding> findings = new ArrayList<>(errorProneBuiltIns);
    findings.addAll(spotBugsFindings(spotBugsXml, LeakRules.SPOTBUGS));
    Map<String, List<Cost>> costs = new LinkedHashMap<>();
    List.of("e", "pmd", "javac", "rlc").forEach(k -> costs.put(k, new ArrayList<>()));
    boolean rlcGaveUp = false;
    for (int round = 0; round < tools.rounds(); round++) {
      Path xml = work.resolve("spotbugs-e-" + (round + 1) + ".xml");
      costs.get("e").add(sbContrib(xml));
      if (round == 0) {
        findings.addAll(spotBugsFindings(xml, LeakRules.SB_CONTRIB));
      }
      print(round, "SpotBugs + sb-contrib", costs.get("e"));

      Path pmdXml = work.resolve("pmd-" + (round + 1) + ".xml");
      costs.get("pmd").add(pmd(pmdXml));
      if (round == 0) {
        findings.addAll(pmdFindings(pmdXml));
      }
      print(round, "PMD CloseResource", costs.get("pmd"));

      if (!tools.runsRlcOn(name)) {
        continue;
      }
      costs.get("javac").add(javac(false, new ArrayList<>()).cost());
      print(round, "plain javac", costs.get("javac"));
      if (!rlcGaveUp) {
        List<ToolFinding> rlc = new ArrayList<>();
        Javac run = javac(true, rlc);
        rlcGaveUp = run.gaveUp();
        costs.get("rlc").add(run.cost());
        if (round == 0) {
          findings.addAll(rlc);
        }
        print(round, "Resource Leak Checker", costs.get("rlc"));
      }
    }
    if (!tools.runsRlcOn(name)) {
      notes.add(name + ": the Resource Leak Checker was not run here (realcode.compare.rlc)");
    }
    long counted = findings.stream().filter(f -> LeakRules.check(f.tool(), f.rule()) != null).count();
    System.out.printf(Locale.ROOT, "  side by side: %d findings of the other tools' leak rules%n", counted);
    return new Comparison(findings, costs, notes.stream().distinct().toList());
  }

  private void print(int round, String what, List<Cost> costs) {
    System.out.printf(Locale.ROOT, "  compare %d %-22s %7.2f s%n", round + 1, what,
        costs.get(costs.size() - 1).wallNanos() / 1e9);
    System.out.flush();
  }

  /** (e): SpotBugs with the sb-contrib plugin, otherwise as (c). */
  private Cost sbContrib(Path xml) throws Exception {
    Path log = Path.of(xml.toString().replace(".xml", ".log"));
    List<String> command = new ArrayList<>(List.of(
        java(), "-Xmx" + settings.spotBugsHeap(), "-cp", settings.spotBugsClassPath(),
        "edu.umd.cs.findbugs.FindBugs2", "-quiet", "-low", "-pluginList", tools.sbContrib(),
        "-auxclasspath", library.classPathWithoutOwnJar(), "-xml:withMessages", "-output", xml.toString(),
        settings.spotBugsTarget(library, classes).toString()));
    LibraryRun.Forked run = LibraryRun.fork(command, log);
    if (run.exitCode() != 0 || !Files.exists(xml)) {
      notes.add(name + ": SpotBugs + sb-contrib exited with " + run.exitCode() + ", see " + log);
    } else if (!Files.readString(xml).contains("mebigfatguy")) {
      notes.add(name + ": SpotBugs did not load the sb-contrib plugin, see " + log);
    }
    return run.cost();
  }

  /** PMD's CloseResource rule over the same source files, with the same class path, in a forked JVM. */
  private Cost pmd(Path xml) throws Exception {
    Path list = work.resolve("pmd-files.txt");
    Files.write(list, sources.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    Path log = Path.of(xml.toString().replace(".xml", ".log"));
    List<String> command = List.of(
        java(), "-Xmx" + settings.spotBugsHeap(), "-cp", tools.pmdClassPath(), "net.sourceforge.pmd.cli.PmdCli",
        "check", "--file-list", list.toString(), "-R", "category/java/errorprone.xml/CloseResource",
        "--aux-classpath", library.classPath(), "--use-version", "java-" + library.release(),
        "-f", "xml", "-r", xml.toString(), "--no-cache", "--no-progress", "--no-fail-on-violation",
        "--no-fail-on-error");
    LibraryRun.Forked run = LibraryRun.fork(command, log);
    if (run.exitCode() != 0 || !Files.exists(xml)) {
      notes.add(name + ": PMD exited with " + run.exitCode() + ", see " + log);
    }
    return run.cost();
  }

  private List<ToolFinding> pmdFindings(Path xml) throws Exception {
    List<ToolFinding> findings = new ArrayList<>();
    if (!Files.exists(xml)) {
      return findings;
    }
    Document document = parse(xml);
    NodeList files = document.getElementsByTagName("file");
    for (int i = 0; i < files.getLength(); i++) {
      Element file = (Element) files.item(i);
      String path = RealCode.relative(root, file.getAttribute("name"));
      NodeList violations = file.getElementsByTagName("violation");
      for (int j = 0; j < violations.getLength(); j++) {
        Element v = (Element) violations.item(j);
        findings.add(new ToolFinding(name, LeakRules.PMD, v.getAttribute("rule"), path,
            Long.parseLong(v.getAttribute("beginline")), 0, 0, RealCode.squeeze(v.getTextContent())));
      }
    }
    int errors = document.getElementsByTagName("error").getLength();
    if (errors > 0) {
      notes.add(name + ": PMD could not analyse " + errors + " files (processing errors, see " + xml + ")");
    }
    return findings;
  }

  /** The bugs of {@code tool}'s counted rules in a SpotBugs report. */
  private List<ToolFinding> spotBugsFindings(Path xml, String tool) throws Exception {
    List<ToolFinding> findings = new ArrayList<>();
    if (!Files.exists(xml)) {
      return findings;
    }
    NodeList bugs = parse(xml).getElementsByTagName("BugInstance");
    for (int i = 0; i < bugs.getLength(); i++) {
      Element bug = (Element) bugs.item(i);
      String type = bug.getAttribute("type");
      if (LeakRules.check(tool, type) == null) {
        continue;
      }
      Element line = LibraryRun.primarySourceLine(bug);
      Element method = methodLines(bug);
      findings.add(new ToolFinding(name, tool, type,
          line == null ? "?" : line.getAttribute("sourcepath"), number(line, "start"),
          number(method, "start"), number(method, "end"),
          RealCode.squeeze(LibraryRun.childText(bug, "LongMessage"))));
    }
    return findings;
  }

  /** The SourceLine of the bug's first Method (the method it is about), or null (class-level bugs). */
  private static Element methodLines(Element bug) {
    for (Node n = bug.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("Method")) {
        NodeList lines = e.getElementsByTagName("SourceLine");
        return lines.getLength() == 0 ? null : (Element) lines.item(0);
      }
    }
    return null;
  }

  private static long number(Element element, String attribute) {
    return element == null || element.getAttribute(attribute).isEmpty()
        ? 0 : Long.parseLong(element.getAttribute(attribute));
  }

  private record Javac(Cost cost, boolean gaveUp) {}

  /** Thrown by the RLC compile's task listener when the time is up; javac stops at the next event. */
  private static final class TimeUp extends RuntimeException {
    TimeUp() {
      super("time up", null, false, false);
    }
  }

  /**
   * The same files as the a–d compiles, in-process: plain javac (no annotation processing), or javac with only the
   * Resource Leak Checker and Leakproof's stubs ({@code -Awarns}: its reports as warnings, so that the compile goes
   * on to the end like the plain one; {@code -Adetailedmsgtext}: its reports name the method not called and the
   * type, which 4.4.0's plain messages do not); the RLC's leak reports are added to {@code findings}.
   */
  private Javac javac(boolean rlc, List<ToolFinding> findings) throws IOException {
    Path out = Files.createTempDirectory(work, rlc ? "classes-rlc-" : "classes-javac-");
    // The Checker Framework finds its own annotations (checker-qual) on the class path, not the processor path;
    // first, before any older checker-qual of the libraries. The same class path for the baseline.
    String checkerQual = Arrays.stream(tools.checker().split(File.pathSeparator))
        .filter(e -> Path.of(e).getFileName().toString().startsWith("checker-qual-"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no checker-qual in " + tools.checker()));
    List<String> options = new ArrayList<>(List.of(
        "-d", out.toString(), "-classpath", checkerQual + File.pathSeparator + library.classPath()));
    options.addAll(library.releaseOptions());
    options.addAll(List.of("-encoding", "UTF-8"));
    options.addAll(List.of("-Xmaxwarns", "1000000", "-Xmaxerrs", "1000000"));
    if (rlc) {
      options.addAll(List.of("-processorpath", tools.checker() + File.pathSeparator + tools.model(),
          "-processor", RLC_PROCESSOR, "-Astubs=" + RLC_STUBS, "-Awarns", "-Adetailedmsgtext"));
    } else {
      options.add("-proc:none");
    }
    List<String> errors = new ArrayList<>();
    Map<String, Integer> otherKeys = new LinkedHashMap<>();
    javax.tools.DiagnosticListener<JavaFileObject> listener = d -> {
      String message = d.getMessage(Locale.ROOT);
      String file = d.getSource() == null ? "<no file>" : RealCode.relative(root, d.getSource().getName());
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(file + ":" + d.getLineNumber() + ": " + message.lines().findFirst().orElse(""));
        return;
      }
      if (!rlc || !(message.startsWith("[") || message.startsWith("("))) {
        return;
      }
      int end = message.indexOf(message.charAt(0) == '[' ? ']' : ')');
      String key = end < 0 ? "" : message.substring(1, end);
      if (key.equals("required.method.not.called")) {
        findings.add(new ToolFinding(name, LeakRules.RLC, LeakRules.rlcRule(message), file, d.getLineNumber(), 0, 0,
            RealCode.squeeze(message.substring(end + 1))));
      } else if (!key.isEmpty() && !key.contains(" ")) {
        otherKeys.merge(key, 1, Integer::sum);
      }
    };
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    long deadline = System.nanoTime() + tools.rlcTimeoutMinutes() * 60_000_000_000L;
    boolean gaveUp = false;
    System.gc();
    long t0 = System.nanoTime();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(listener, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) compiler.getTask(
          output, files, listener, options, null, files.getJavaFileObjectsFromPaths(sources));
      if (rlc) {
        task.addTaskListener(new TaskListener() {
          @Override
          public void started(TaskEvent e) {
            if (System.nanoTime() > deadline) {
              throw new TimeUp();
            }
          }
        });
      }
      task.call();
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof TimeUp)) {
        cause = cause.getCause();
      }
      gaveUp = true;
      notes.add(name + ": " + (rlc ? "the Resource Leak Checker" : "plain javac") + (cause instanceof TimeUp
          ? " was given up on after " + tools.rlcTimeoutMinutes() + " minutes (findings up to then are counted)"
          : " crashed: " + e.toString().lines().findFirst().orElse("")));
    }
    long wall = System.nanoTime() - t0;
    LibraryRun.deleteTree(out);
    if (!errors.isEmpty()) {
      notes.add(name + ": " + (rlc ? "the Resource Leak Checker" : "plain javac") + " reported " + errors.size()
          + " errors, first: " + errors.get(0));
    }
    if (!otherKeys.isEmpty()) {
      notes.add(name + ": the Resource Leak Checker's other reports (not counted): " + otherKeys.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
    return new Javac(new Cost(wall, 0), gaveUp);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Document parse(Path xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
  }
}
