package io.github.leakproof.errorprone;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.sun.tools.javac.main.Main.Result;
import io.github.leakproof.errorprone.resource.ResourceNotClosed;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options that apply to every Leakproof finding: {@code Leakproof:Severity} (all checks demoted or
 * promoted at once) and {@code Leakproof:Baseline} (each finding's fix becomes a suppression).
 */
class AllFindingsOptionsTest {
  private static final String[] LEAKS = {
    "package app;",
    "",
    "import java.io.FileReader;",
    "import java.io.IOException;",
    "import java.util.concurrent.ExecutorService;",
    "import java.util.concurrent.Executors;",
    "",
    "class Leaks {",
    "  int firstChar(String file) throws IOException {",
    "    FileReader reader = new FileReader(file);",
    "    return reader.read();",
    "  }",
    "",
    "  void runAll(Iterable<Runnable> jobs) {",
    "    ExecutorService pool = Executors.newFixedThreadPool(2);",
    "    for (Runnable job : jobs) {",
    "      pool.execute(job);",
    "    }",
    "  }",
    "}",
  };

  @Test
  void byDefaultFindingsAreErrors(@TempDir Path dir) throws IOException {
    Javac javac = Javac.run(dir, "", Javac.source(dir, "app/Leaks.java", LEAKS));

    assertWithMessage(javac.output()).that(javac.linesContaining("error: [ResourceNotClosed]")).hasSize(1);
    assertWithMessage(javac.output()).that(javac.linesContaining("error: [ExecutorNotShutDown]")).hasSize(1);
    assertWithMessage(javac.output()).that(javac.exitCode()).isEqualTo(Result.ERROR.exitCode);
  }

  @Test
  void severityWarningDemotesEveryCheck(@TempDir Path dir) throws IOException {
    Javac javac =
        Javac.run(dir, "-XepOpt:Leakproof:Severity=WARN", Javac.source(dir, "app/Leaks.java", LEAKS));

    assertWithMessage(javac.output()).that(javac.linesContaining("warning: [ResourceNotClosed]")).hasSize(1);
    assertWithMessage(javac.output()).that(javac.linesContaining("warning: [ExecutorNotShutDown]")).hasSize(1);
    assertWithMessage(javac.output()).that(javac.linesContaining("error:")).isEmpty();
    assertWithMessage(javac.output()).that(javac.exitCode()).isEqualTo(Result.OK.exitCode);
  }

  @Test
  void aPerCheckLevelWinsOverSeverity(@TempDir Path dir) throws IOException {
    Javac javac =
        Javac.run(
            dir,
            "-XepOpt:Leakproof:Severity=WARNING -Xep:ExecutorNotShutDown:ERROR",
            Javac.source(dir, "app/Leaks.java", LEAKS));

    assertWithMessage(javac.output()).that(javac.linesContaining("warning: [ResourceNotClosed]")).hasSize(1);
    assertWithMessage(javac.output()).that(javac.linesContaining("error: [ExecutorNotShutDown]")).hasSize(1);
    assertWithMessage(javac.output()).that(javac.exitCode()).isEqualTo(Result.ERROR.exitCode);
  }

  @Test
  void baselineTurnsTheFixIntoASuppressionWithTheReason() {
    BugCheckerRefactoringTestHelper.newInstance(ResourceNotClosed.class, getClass())
        .setArgs("-XepOpt:Leakproof:Baseline=existing code, see LEAK-1")
        .addInputLines(
            "Reader.java",
            "import java.io.FileReader;",
            "import java.io.IOException;",
            "",
            "class Reader {",
            "  int firstChar(String file) throws IOException {",
            "    FileReader reader = new FileReader(file);",
            "    int c = reader.read();",
            "    reader.close();",
            "    return c;",
            "  }",
            "}")
        .addOutputLines(
            "Reader.java",
            "import java.io.FileReader;",
            "import java.io.IOException;",
            "",
            "class Reader {",
            "  int firstChar(String file) throws IOException {",
            "    // baseline: existing code, see LEAK-1",
            "    @SuppressWarnings(\"ResourceNotClosed\")",
            "    FileReader reader = new FileReader(file);",
            "    int c = reader.read();",
            "    reader.close();",
            "    return c;",
            "  }",
            "}")
        .doTest();
  }
}
