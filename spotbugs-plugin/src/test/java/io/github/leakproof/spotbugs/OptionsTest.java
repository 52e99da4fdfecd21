package io.github.leakproof.spotbugs;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.umd.cs.findbugs.BugInstance;
import io.github.leakproof.corpus.Corpus;
import io.github.leakproof.model.InvalidOptionException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SpotBugs front end reads the same option keys, as system properties. */
class OptionsTest {
  private static final Path CLASSES = Corpus.classesFolder();
  private static final String CACHE_CASE = "io/github/leakproof/cases/threadlocal/WithInitialCacheOnlyRead.class";

  @Test
  void badStrictWordStopsTheRunNamingTheOption() {
    Throwable failure =
        assertThrows(
            RuntimeException.class,
            () -> SpotBugsRun.analyse(List.of(CLASSES), List.of(), Map.of("Leakproof:Strict", "bogus")));
    Throwable cause = failure;
    while (cause != null && !(cause instanceof InvalidOptionException)) {
      cause = cause.getCause();
    }
    assertThat(cause).isNotNull();
    assertThat(cause).hasMessageThat().contains("Leakproof:Strict");
    assertThat(cause).hasMessageThat().contains("'bogus'");
  }

  @Test
  void strictThreadLocalCachesReportsReadOnlyCaches() throws Exception {
    assertThat(cacheFindings(Map.of())).isEmpty();
    assertThat(cacheFindings(Map.of("Leakproof:Strict", "threadlocal-caches"))).hasSize(1);
  }

  private static List<BugInstance> cacheFindings(Map<String, String> options) throws Exception {
    return SpotBugsRun.analyse(List.of(CLASSES.resolve(CACHE_CASE)), List.of(CLASSES), options).stream()
        .filter(bug -> bug.getType().equals("LEAK_THREADLOCAL_NOT_REMOVED"))
        .toList();
  }
}
