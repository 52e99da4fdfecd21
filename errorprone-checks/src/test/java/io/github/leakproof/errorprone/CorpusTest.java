package io.github.leakproof.errorprone;


import com.google.errorprone.CompilationTestHelper;
import io.github.leakproof.corpus.CaseFile;
import io.github.leakproof.corpus.Corpus;
import io.github.leakproof.corpus.FrontEnd;
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

  private static void check(CaseFile c) {
    CompilationTestHelper helper =
        CompilationTestHelper.newInstance(LeakproofCheckers.scanner(), CorpusTest.class)
            .addSourceLines(c.path(), c.linesFor(FrontEnd.ERROR_PRONE).toArray(String[]::new))
            .setArgs(Corpus.asErrorProneFlags(c.options()))
            .matchAllDiagnostics();
    if (c.expectationsFor(FrontEnd.ERROR_PRONE).isEmpty()) {
      helper.expectNoDiagnostics();
    }
    helper.doTest();
  }
}
