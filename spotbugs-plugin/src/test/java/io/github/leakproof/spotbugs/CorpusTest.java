package io.github.leakproof.spotbugs;

import static com.google.common.truth.Truth.assertWithMessage;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.FieldAnnotation;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import io.github.leakproof.corpus.CaseFile;
import io.github.leakproof.corpus.Corpus;
import io.github.leakproof.corpus.Expectation;
import io.github.leakproof.corpus.FrontEnd;
import io.github.leakproof.model.Check;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs SpotBugs with Leakproof's plugin over the compiled corpus and checks the same markers as the
 * Error Prone tests: each {@code // BUG:} marker must get its finding — on the next line, or, for a
 * field (which has no line in bytecode), on the field declared there — and nothing else may be found.
 * A marker names a check ({@code Diagnostic contains: ResourceNotClosed}), or, as in Error Prone, a
 * piece of the message ({@code Diagnostic contains: position()}): then any Leakproof finding there
 * whose message contains it.
 * The whole corpus is analysed at once, as a program; cases with {@code // OPTIONS:} get a run of
 * their own with those options.
 */
class CorpusTest {
  private static final List<CaseFile> CASES = Corpus.all();
  private static final Map<Map<String, String>, List<BugInstance>> FINDINGS_BY_OPTIONS = new LinkedHashMap<>();

  @BeforeAll
  static void analyseCorpus() throws Exception {
    Path classes = Corpus.classesFolder();
    Map<Map<String, String>, List<Path>> classFilesByOptions = new LinkedHashMap<>();
    classFilesByOptions.put(Map.of(), List.of(classes));
    for (CaseFile c : CASES) {
      if (!c.options().isEmpty()) {
        classFilesByOptions.computeIfAbsent(c.options(), k -> new ArrayList<>()).addAll(classFilesOf(c, classes));
      }
    }
    for (var run : classFilesByOptions.entrySet()) {
      FINDINGS_BY_OPTIONS.put(run.getKey(), SpotBugsRun.analyse(run.getValue(), auxClasspath(classes), run.getKey()));
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCase() {
    Corpus.describeUnseen(CASES, FrontEnd.SPOTBUGS).forEach(System.out::println);
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> check(c)));
  }

  private static void check(CaseFile c) {
    List<BugInstance> findings = new ArrayList<>();
    for (BugInstance bug : FINDINGS_BY_OPTIONS.get(c.options())) {
      if (bug.getType().startsWith("LEAK_") && c.declares(bug.getPrimaryClass().getClassName())) {
        findings.add(bug);
      }
    }
    List<String> problems = new ArrayList<>();
    for (Expectation expected : c.expectations()) {
      String bugType = Check.named(expected.check()).map(Check::bugType).orElse(null);
      BugInstance match = findings.stream().filter(b -> matches(b, bugType, expected)).findFirst().orElse(null);
      if (match != null) {
        findings.remove(match);
      }
      if (expected.isSeenBy(FrontEnd.SPOTBUGS) && match == null) {
        String what = bugType != null ? bugType : "a finding containing '" + expected.check() + "'";
        problems.add("line " + expected.line() + ": expected " + what + where(expected) + ", found none");
      } else if (!expected.isSeenBy(FrontEnd.SPOTBUGS) && match != null) {
        problems.add(
            "line " + expected.line() + ": marked NOT-SPOTBUGS, but SpotBugs reports it: "
                + match.getMessageWithoutPrefix() + " — drop the marker");
      }
    }
    for (BugInstance unexpected : findings) {
      problems.add(
          "unexpected " + unexpected.getType() + " at line " + lineOf(unexpected) + ": "
              + unexpected.getMessageWithoutPrefix());
    }
    assertWithMessage("%s:\n  %s", c.path(), String.join("\n  ", problems)).that(problems).isEmpty();
  }

  /** @param bugType the check's bug type, or null when the marker gives a piece of the message */
  private static boolean matches(BugInstance bug, String bugType, Expectation expected) {
    boolean kind =
        bugType != null
            ? bug.getType().equals(bugType)
            : bug.getType().startsWith("LEAK_") && bug.getMessageWithoutPrefix().contains(expected.check());
    if (!kind) {
      return false;
    }
    if (expected.field() != null) {
      FieldAnnotation field = bug.getPrimaryField();
      return field != null
          && field.getClassName().equals(expected.field().className())
          && field.getFieldName().equals(expected.field().name());
    }
    return lineOf(bug) == expected.line();
  }

  private static String where(Expectation expected) {
    return expected.field() == null ? "" : " on field " + expected.field().name();
  }

  private static int lineOf(BugInstance bug) {
    SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
    return line == null ? -1 : line.getStartLine();
  }

  /**
   * What the corpus refers to, as a build would give it to SpotBugs: the corpus itself, and the
   * libraries its cases use (Guava, commons-io, the annotations), taken from this test's class path.
   */
  private static List<Path> auxClasspath(Path classes) {
    List<Path> aux = new ArrayList<>(List.of(classes));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.endsWith(".jar")
          && (name.startsWith("guava-") || name.startsWith("commons-io-") || name.startsWith("checker-qual-")
              || name.startsWith("spotbugs-annotations-") || name.startsWith("leakproof-annotations-")
              || name.startsWith("netty-"))) {
        aux.add(Path.of(entry));
      }
    }
    return aux;
  }

  private static List<Path> classFilesOf(CaseFile c, Path classes) throws IOException {
    Path folder = classes.resolve(c.path()).getParent();
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .filter(f -> c.declares(binaryName(classes, f)))
          .toList();
    }
  }

  private static String binaryName(Path classes, Path classFile) {
    String relative = classes.relativize(classFile).toString().replace('\\', '/');
    return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
  }
}
