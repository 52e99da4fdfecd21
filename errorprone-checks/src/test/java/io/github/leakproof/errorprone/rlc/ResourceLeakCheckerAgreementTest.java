package io.github.leakproof.errorprone.rlc;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.leakproof.corpus.CaseFile;
import io.github.leakproof.corpus.Corpus;
import io.github.leakproof.corpus.FrontEnd;
import io.github.leakproof.errorprone.LeakproofCheckers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A differential test: the Checker Framework's Resource Leak Checker, with Leakproof's stubs ({@code
 * leak-model}'s {@code io/github/leakproof/rlc/*.astub}), and Leakproof's Error Prone checks run over
 * the corpus cases of the checks whose obligations the RLC can express (resources, pools, timers).
 * Which tool reports in which case must match the table recorded in {@code rlc-agreement.txt}, where
 * every difference carries its reason; {@code docs/resource-leak-checker.md} renders the table.
 *
 * <p>When a check or a case changes the outcome, the test fails with the changed rows and writes the
 * whole table, recorded reasons kept, to {@code target/rlc-agreement.txt}: read each changed row,
 * give a difference its reason, and copy the file over the recorded one (and the totals to the docs).
 *
 * <p>Cost: the RLC runs once over all cases (about 20 s here: it is a whole-program type checker),
 * Leakproof once per set of options the cases use (a few seconds).
 */
class ResourceLeakCheckerAgreementTest {
  static final List<String> CHECKS = List.of("resource", "executor", "timer");
  private static final Path RECORDED = Path.of("src/test/resources/rlc-agreement.txt");
  private static final Path ACTUAL = Path.of("target/rlc-agreement.txt");
  private static final Path DOCS = Path.of("../docs/resource-leak-checker.md");

  @Test
  void whoReportsWhatIsAsRecorded() throws IOException {
    List<CaseFile> cases = new ArrayList<>();
    CHECKS.forEach(check -> cases.addAll(Corpus.of(check)));
    Map<String, SortedSet<Integer>> rlc = CorpusFindings.resourceLeakChecker(cases);
    Map<String, SortedSet<Integer>> leakproof = CorpusFindings.leakproof(cases, LeakproofCheckers.scanner());

    String recordedText = Files.readString(RECORDED, UTF_8);
    AgreementTable recorded = AgreementTable.parse(recordedText);
    AgreementTable now = actual(cases, leakproof, rlc).withReasonsFrom(recorded);
    Files.createDirectories(ACTUAL.getParent());
    Files.writeString(ACTUAL, now.format(header(recordedText)), UTF_8);

    assertWithMessage(
            "who reports in which case changed (new table with recorded reasons: %s):\n%s\n",
            ACTUAL.toAbsolutePath(), String.join("\n", now.diff(recorded)))
        .that(now.diff(recorded))
        .isEmpty();
    assertWithMessage("differences without a reason in %s", RECORDED)
        .that(now.rows().values().stream().filter(r -> r.isDifference() && r.reason().isBlank()).toList())
        .isEmpty();
    assertWithMessage("%s: the totals line", RECORDED).that(recordedText).contains("# totals: " + now.totals() + "\n");
    if (Files.exists(DOCS)) { // the docs are beside the module in a clone, not in a source jar
      String docs = Files.readString(DOCS, UTF_8);
      assertWithMessage("%s renders the recorded totals", DOCS).that(docs).contains("`" + now.totals() + "`");
      for (AgreementTable.Row row : now.rows().values()) {
        if (row.isDifference()) {
          assertWithMessage("%s lists every difference", DOCS).that(docs).contains("`" + row.caseName() + "`");
        }
      }
    }
  }

  private static AgreementTable actual(
      List<CaseFile> cases, Map<String, SortedSet<Integer>> leakproof, Map<String, SortedSet<Integer>> rlc) {
    Map<String, AgreementTable.Row> rows = new TreeMap<>();
    for (CaseFile c : cases) {
      String name = c.displayName();
      String who = AgreementTable.who(!leakproof.get(name).isEmpty(), !rlc.get(name).isEmpty());
      // positive or negative as the corpus says for Error Prone (a SpotBugs-only finding does not count)
      String corpus = c.expectationsFor(FrontEnd.ERROR_PRONE).isEmpty() ? "negative" : "positive";
      rows.put(name, new AgreementTable.Row(name, corpus, who, ""));
    }
    return new AgreementTable(rows);
  }

  private static String header(String recordedText) {
    return recordedText.lines()
        .takeWhile(line -> line.startsWith("#") && !line.startsWith("# totals:"))
        .map(line -> line + "\n")
        .collect(Collectors.joining());
  }
}
