package io.github.leakproof.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole command on real class files of the corpus: what it prints, writes and exits with. */
class CommandTest {
  private static final String DOCS = "https://github.com/leakproof/leakproof/blob/main/docs/checks/";
  private static final String WRITER_LINE =
      "io/github/leakproof/cases/resource/UnclosedBufferedWriter.java:12: [ResourceNotClosed] FileWriter is not closed"
          + " on the path leaving the method at line 15: open it in try-with-resources (see " + DOCS
          + "ResourceNotClosed.md)";
  private static final String POOL_LINE_START =
      "io/github/leakproof/cases/executor/LocalPoolNeverShutDown.java:15: [ExecutorNotShutDown] ";

  @TempDir static Path dir;
  private static Path classes;

  @BeforeAll
  static void classes() throws Exception {
    classes = Fixture.classes(dir.resolve("classes"));
  }

  @Test
  void findingsAreOneLineEachThenASummaryAndExitOne() {
    Fixture.Run run = Fixture.run(classes.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    List<String> lines = run.outLines();
    assertThat(lines.get(0)).startsWith(POOL_LINE_START);
    assertThat(lines.get(0)).endsWith("(see " + DOCS + "ExecutorNotShutDown.md)");
    assertThat(lines.get(1)).isEqualTo(WRITER_LINE);
    assertThat(lines.subList(2, lines.size()))
        .containsExactly(
            "",
            "leakproof: 2 findings",
            "     1 ResourceNotClosed          " + DOCS + "ResourceNotClosed.md",
            "     1 ExecutorNotShutDown        " + DOCS + "ExecutorNotShutDown.md")
        .inOrder();
    assertThat(run.out()).doesNotContain("TryWithResources"); // the clean case
    assertThat(run.out()).doesNotContain("StrictCacheThatMayHoldAnything"); // strict mode only
    assertThat(run.err()).contains("leakproof: analysed ");
  }

  @Test
  void reportOnlyPrintsTheSameAndExitsZero() {
    Fixture.Run run = Fixture.run("--report-only", "--quiet", classes.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.outLines()).contains(WRITER_LINE);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void strictWordReachesTheDetectorsAsTheSystemProperty() {
    Path cache = classes.resolve("io/github/leakproof/cases/threadlocal");
    Fixture.Run run = Fixture.run("--quiet", "--strict", "threadlocal-caches", cache.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.outLines().get(0))
        .startsWith("io/github/leakproof/cases/threadlocal/StrictCacheThatMayHoldAnything.java:");
    assertThat(run.outLines().get(0)).contains("[ThreadLocalNotRemoved]");
    assertThat(System.getProperty("Leakproof:Strict")).isNull(); // restored after the run
  }

  @Test
  void baselineRecordsTodaysFindingsSoOnlyNewOnesFail() throws Exception {
    Path baseline = dir.resolve("leakproof-baseline.txt");
    Fixture.Run write = Fixture.run("--quiet", "--write-baseline", baseline.toString(), classes.toString());
    assertThat(write.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(write.outLines()).contains("leakproof: wrote 2 findings to the baseline " + baseline);
    List<String> entries = Files.readAllLines(baseline).stream().filter(l -> !l.startsWith("#")).toList();
    assertThat(entries)
        .containsExactly(
            "ExecutorNotShutDown\tio.github.leakproof.cases.executor.LocalPoolNeverShutDown\trunAll(java.util.List)\t"
                + "the ExecutorService from Executors.newFixedThreadPool() is never shut down on the path leaving the"
                + " method at line #: its threads stay alive with everything they reference; call shutdown() in a"
                + " finally block or use try-with-resources (JDK #+)",
            "ResourceNotClosed\tio.github.leakproof.cases.resource.UnclosedBufferedWriter\t"
                + "writeReport(java.io.File, java.lang.String)\tFileWriter is not closed on the path leaving the method at line #:"
                + " open it in try-with-resources");

    Fixture.Run clean = Fixture.run("--quiet", "--baseline", baseline.toString(), classes.toString());
    assertThat(clean.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(clean.outLines())
        .containsExactly(
            "leakproof: no new findings", "leakproof: 2 more findings listed in the baseline " + baseline)
        .inOrder();

    Path older = Files.writeString(dir.resolve("older-baseline.txt"), entries.get(0) + "\n");
    Fixture.Run fresh = Fixture.run("--quiet", "--baseline", older.toString(), classes.toString());
    assertThat(fresh.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(fresh.outLines().get(0)).isEqualTo(WRITER_LINE);
    assertThat(fresh.outLines()).contains("leakproof: 1 new finding");
    assertThat(fresh.outLines()).contains("leakproof: 1 more finding listed in the baseline " + older);
  }

  @Test
  void helpIsTheUsage() {
    Fixture.Run run = Fixture.run("--help");
    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).startsWith("Usage: java -jar leakproof-cli.jar");
    assertThat(run.out()).contains("--write-baseline");
  }
}
