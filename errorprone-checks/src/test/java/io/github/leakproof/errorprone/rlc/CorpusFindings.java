package io.github.leakproof.errorprone.rlc;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.errorprone.ErrorProneJavaCompiler;
import com.google.errorprone.scanner.ScannerSupplier;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.leakproof.corpus.CaseFile;
import io.github.leakproof.corpus.Corpus;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.checkerframework.checker.resourceleak.ResourceLeakChecker;

/**
 * Where each tool reports in the corpus cases: the lines of each case's findings, by the case's
 * {@link CaseFile#displayName()}. Both tools compile the cases with compile-testing, in as few
 * compilations as possible (the Resource Leak Checker costs seconds per compilation, not per file).
 */
final class CorpusFindings {
  /** Leakproof's stubs for the Resource Leak Checker, from leak-model's jar on the class path. */
  static final String STUBS =
      "/io/github/leakproof/rlc/jdk-executors.astub" + File.pathSeparator + "/io/github/leakproof/rlc/guava.astub";

  private CorpusFindings() {}

  /**
   * The Resource Leak Checker with Leakproof's stubs, over all cases in one compilation. Every error
   * it reports in a case counts, whatever its key ({@code required.method.not.called}, {@code
   * missing.creates.mustcall.for}, …): each is a place where it cannot prove that an obligation is met.
   */
  static Map<String, SortedSet<Integer>> resourceLeakChecker(List<CaseFile> cases) {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new ResourceLeakChecker())
            .withOptions("-Astubs=" + STUBS, "-proc:full", "-Xmaxerrs", "100000")
            .compile(sources(cases));
    return byCase(cases, compilation, null);
  }

  /** Leakproof's Error Prone checks, one compilation per set of options the cases ask for. */
  static Map<String, SortedSet<Integer>> leakproof(List<CaseFile> cases, ScannerSupplier checks) {
    Map<Map<String, String>, List<CaseFile>> byOptions = new LinkedHashMap<>();
    cases.forEach(c -> byOptions.computeIfAbsent(c.options(), o -> new ArrayList<>()).add(c));
    Map<String, SortedSet<Integer>> findings = new TreeMap<>();
    byOptions.forEach(
        (options, group) -> {
          List<String> flags = new ArrayList<>(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-Xmaxerrs", "100000"));
          flags.addAll(Corpus.asErrorProneFlags(options));
          Compilation compilation =
              Compiler.compiler(new ErrorProneJavaCompiler(checks)).withOptions(flags).compile(sources(group));
          findings.putAll(byCase(group, compilation, "["));
        });
    return findings;
  }

  private static List<JavaFileObject> sources(List<CaseFile> cases) {
    return cases.stream()
        .map(c -> JavaFileObjects.forSourceLines(c.path().replace(".java", "").replace('/', '.'), c.lines()))
        .toList();
  }

  /**
   * The lines of the errors in each case. A compilation that fails for any other reason (a case
   * that does not compile, a checker that crashes) fails the test with what the compiler said.
   */
  private static Map<String, SortedSet<Integer>> byCase(
      List<CaseFile> cases, Compilation compilation, String messagePrefix) {
    Map<String, SortedSet<Integer>> findings = new TreeMap<>();
    cases.forEach(c -> findings.put(c.displayName(), new TreeSet<>()));
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      CaseFile c = error.getSource() == null ? null : caseOf(cases, error.getSource());
      assertWithMessage("not a finding in a case: %s", error)
          .that(c != null && (messagePrefix == null || message.startsWith(messagePrefix)))
          .isTrue();
      findings.get(c.displayName()).add((int) error.getLineNumber());
    }
    return findings;
  }

  private static CaseFile caseOf(List<CaseFile> cases, JavaFileObject source) {
    String name = source.toUri().getPath();
    return cases.stream().filter(c -> name.equals(c.path()) || name.endsWith("/" + c.path())).findFirst().orElse(null);
  }
}
