package io.github.leakproof.errorprone;


import com.google.errorprone.CompilationTestHelper;
import io.github.leakproof.corpus.CaseFile;
import io.github.leakproof.corpus.Corpus;
import io.github.leakproof.corpus.FrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every Leakproof check over every case of the shared corpus: each {@code // BUG:} marker
 * must get its finding on the next line, and no other line may get one (Error Prone's {@link
 * CompilationTestHelper} fails on diagnostics without a marker). Adding a case file adds a test.
 */
class CorpusTest {
  private static final List<CaseFile> CASES = Corpus.all();

  @TestFactory
  Stream<DynamicTest> everyCase() {
    Corpus.describeUnseen(CASES, FrontEnd.ERROR_PRONE).forEach(System.out::println);
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> check(c)));
  }

  private static void check(CaseFile c) throws IOException {
    List<String> args = new ArrayList<>(Corpus.asErrorProneFlags(c.options()));
    // The corpus jar holds each case's source next to its class: without a source path of its own, javac
    // would search the class path for sources and may compile (and Error Prone judge) another case this one
    // uses, whichever of the two files looks newer. Other cases are class files, as in a real build.
    args.add("-sourcepath");
    args.add(Files.createTempDirectory("no-sources").toString());
    // As in a build: every file attributed before any is checked, so checks can read the others.
    args.add("-XDcompilePolicy=simple");
    CompilationTestHelper helper =
        CompilationTestHelper.newInstance(LeakproofCheckers.scanner(), CorpusTest.class)
            .addSourceLines(c.path(), c.linesFor(FrontEnd.ERROR_PRONE).toArray(String[]::new))
            .setArgs(args)
            .matchAllDiagnostics();
    boolean expectsFindings = !c.expectationsFor(FrontEnd.ERROR_PRONE).isEmpty();
    for (String sibling : c.compileWith()) {
      CaseFile other =
          Corpus.of(c.check()).stream()
              .filter(o -> o.path().equals(c.siblingPath(sibling)))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException(c.path() + ": COMPILE-WITH names no case " + sibling));
      helper.addSourceLines(other.path(), other.linesFor(FrontEnd.ERROR_PRONE).toArray(String[]::new));
      expectsFindings |= !other.expectationsFor(FrontEnd.ERROR_PRONE).isEmpty();
    }
    if (!expectsFindings) {
      helper.expectNoDiagnostics();
    }
    helper.doTest();
  }
}
