package io.github.leakproof.corpus;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseParserTest {
  private static final String PATH = "io/github/leakproof/cases/x/Case.java";

  private static CaseFile parse(String... lines) {
    return CaseParser.parse(PATH, "x", String.join("\n", lines));
  }

  @Test
  void readsTheFilesToCompileWith() {
    CaseFile c = parse("// COMPILE-WITH: Filter.java Other.java", "package a;", "class Case {}");
    assertThat(c.compileWith()).containsExactly("Filter.java", "Other.java").inOrder();
    assertThat(c.siblingPath("Filter.java")).isEqualTo("io/github/leakproof/cases/x/Filter.java");
    assertThrows(IllegalStateException.class, () -> parse("// COMPILE-WITH: a/Filter.java", "class Case {}"));
  }

  @Test
  void readsMarkersFieldsAndOptions() {
    CaseFile c =
        parse(
            "// OPTIONS: Leakproof:Strict=all",
            "package a;",
            "class Case {",
            "  // BUG: Diagnostic contains: ThreadLocalNotRemoved",
            "  static final ThreadLocal<String> F = new ThreadLocal<>();",
            "  static class Inner {",
            "    // NOT-SPOTBUGS: bytecode has no trace of this at all",
            "    // BUG: Diagnostic contains: ThreadLocalNotRemoved",
            "    void m() {}",
            "  }",
            "}");
    assertThat(c.options()).containsExactly("Leakproof:Strict", "all");
    assertThat(c.topLevelClasses()).containsExactly("a.Case");
    assertThat(c.expectations()).hasSize(2);
    Expectation field = c.expectations().get(0);
    assertThat(field.line()).isEqualTo(5);
    assertThat(field.field()).isEqualTo(new DeclaredField("a.Case", "F"));
    Expectation method = c.expectations().get(1);
    assertThat(method.field()).isNull();
    assertThat(method.unseenBy()).isEqualTo(Map.of(FrontEnd.SPOTBUGS, "bytecode has no trace of this at all"));
    assertThat(c.expectationsFor(FrontEnd.SPOTBUGS)).containsExactly(field);
    assertThat(c.linesFor(FrontEnd.SPOTBUGS).get(7)).doesNotContain("BUG: Diagnostic contains:");
    assertThat(c.declares("a.Case$Inner")).isTrue();
    assertThat(c.declares("a.CaseOther")).isFalse();
  }

  @Test
  void unseenMarkerMustStandAboveABugMarker() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> parse("class Case {", "  // NOT-ERRORPRONE: the field is seen by other files", "  int x;", "}"));
    assertThat(e).hasMessageThat().contains(PATH + ":3");
  }

  @Test
  void unseenMarkerNeedsAReason() {
    assertThrows(
        IllegalStateException.class,
        () ->
            parse(
                "class Case {",
                "  // NOT-ERRORPRONE: later",
                "  // BUG: Diagnostic contains: ThreadLocalNotRemoved",
                "  int x;",
                "}"));
  }

  @Test
  void aFindingNoFrontEndSeesIsRejected() {
    assertThrows(
        IllegalStateException.class,
        () ->
            parse(
                "class Case {",
                "  // NOT-ERRORPRONE: the field is seen by other files",
                "  // NOT-SPOTBUGS: the annotation hides it from bytecode",
                "  // BUG: Diagnostic contains: ThreadLocalNotRemoved",
                "  int x;",
                "}"));
  }

  @Test
  void theCorpusItselfParses() {
    assertThat(Corpus.all()).isNotEmpty();
    assertThat(Corpus.of("threadlocal").stream().filter(c -> !c.isNegative()).count()).isAtLeast(8);
    assertThat(Corpus.of("threadlocal").stream().filter(CaseFile::isNegative).count()).isAtLeast(8);
  }
}
