package io.github.leakproof.spotbugs;

import static com.google.common.truth.Truth.assertThat;

import edu.umd.cs.findbugs.BugInstance;
import io.github.leakproof.corpus.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SpotBugs front end reads the same option keys, as system properties. */
class OptionsTest {
  private static final Path CLASSES = Corpus.classesFolder();
  private static final String CACHE_CASE = "io/github/leakproof/cases/threadlocal/StrictCacheThatMayHoldAnything.class";

  @Test
  void badStrictWordIsOneFindingNamingTheOptionAndNothingElse() throws Exception {
    List<BugInstance> bugs =
        leakproofFindings(SpotBugsRun.analyse(List.of(CLASSES), List.of(), Map.of("Leakproof:Strict", "bogus")));
    assertThat(bugs).hasSize(1);
    BugInstance bug = bugs.get(0);
    assertThat(bug.getType()).isEqualTo("LEAK_INVALID_OPTION");
    assertThat(bug.getMessageWithoutPrefix()).contains("invalid option Leakproof:Strict");
    assertThat(bug.getMessageWithoutPrefix()).contains("'bogus'");
  }

  @Test
  void unknownKeyIsReportedTheSameWay() throws Exception {
    List<BugInstance> bugs =
        leakproofFindings(
            SpotBugsRun.analyse(
                List.of(CLASSES.resolve(CACHE_CASE)), List.of(CLASSES), Map.of("Leakproof:Stirct", "all")));
    assertThat(bugs).hasSize(1);
    assertThat(bugs.get(0).getMessageWithoutPrefix()).contains("Leakproof:Stirct");
  }

  @Test
  void strictThreadLocalCachesReportsReadOnlyCaches() throws Exception {
    assertThat(cacheFindings(Map.of())).isEmpty();
    assertThat(cacheFindings(Map.of("Leakproof:Strict", "threadlocal-caches"))).hasSize(1);
  }

  /** Ours only: SpotBugs itself adds "useless suppression" findings when ours are switched off. */
  private static List<BugInstance> leakproofFindings(List<BugInstance> bugs) {
    return bugs.stream().filter(bug -> bug.getType().startsWith("LEAK_")).toList();
  }

  private static List<BugInstance> cacheFindings(Map<String, String> options) throws Exception {
    return SpotBugsRun.analyse(List.of(CLASSES.resolve(CACHE_CASE)), List.of(CLASSES), options).stream()
        .filter(bug -> bug.getType().equals("LEAK_THREADLOCAL_NOT_REMOVED"))
        .toList();
  }
}
