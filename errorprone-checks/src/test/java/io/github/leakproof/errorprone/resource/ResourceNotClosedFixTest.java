package io.github.leakproof.errorprone.resource;

import static com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import org.junit.jupiter.api.Test;

/**
 * The fix: {@code R r = open(); …; r.close();} as the rest of a block becomes {@code try (R r =
 * open()) { … }}; where that would change the meaning, no fix is offered.
 */
class ResourceNotClosedFixTest {
  private final BugCheckerRefactoringTestHelper helper =
      BugCheckerRefactoringTestHelper.newInstance(ResourceNotClosed.class, getClass());

  @Test
  void closeAfterWorkBecomesTryWithResources() {
    helper
        .addInputLines(
            "Checksum.java",
            "import java.io.FileInputStream;",
            "import java.io.IOException;",
            "",
            "class Checksum {",
            "  long sum(String file) throws IOException {",
            "    FileInputStream in = new FileInputStream(file);",
            "    long sum = 0;",
            "    for (int b = in.read(); b >= 0; b = in.read()) {",
            "      sum += b;",
            "    }",
            "    in.close();",
            "    return sum;",
            "  }",
            "}")
        .addOutputLines(
            "Checksum.java",
            "import java.io.FileInputStream;",
            "import java.io.IOException;",
            "",
            "class Checksum {",
            "  long sum(String file) throws IOException {",
            "    try (FileInputStream in = new FileInputStream(file)) {",
            "      long sum = 0;",
            "      for (int b = in.read(); b >= 0; b = in.read()) {",
            "        sum += b;",
            "      }",
            "      return sum;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void neverClosedStreamGetsTryWithResourcesToTheEndOfItsBlock() {
    helper
        .addInputLines(
            "Settings.java",
            "import java.io.FileReader;",
            "import java.io.IOException;",
            "import java.util.Properties;",
            "",
            "class Settings {",
            "  Properties load(String file) throws IOException {",
            "    Properties settings = new Properties();",
            "    FileReader reader = new FileReader(file);",
            "    settings.load(reader);",
            "    return settings;",
            "  }",
            "}")
        .addOutputLines(
            "Settings.java",
            "import java.io.FileReader;",
            "import java.io.IOException;",
            "import java.util.Properties;",
            "",
            "class Settings {",
            "  Properties load(String file) throws IOException {",
            "    Properties settings = new Properties();",
            "    try (FileReader reader = new FileReader(file)) {",
            "      settings.load(reader);",
            "      return settings;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void noFixWhenTheLocalIsReassigned() {
    helper
        .addInputLines(
            "Copy.java",
            "import java.io.FileInputStream;",
            "import java.io.IOException;",
            "import java.io.InputStream;",
            "",
            "class Copy {",
            "  int first(String a, String b) throws IOException {",
            "    InputStream in = new FileInputStream(a);",
            "    if (in.available() == 0) {",
            "      in = new FileInputStream(b);",
            "    }",
            "    return in.read();",
            "  }",
            "}")
        .expectUnchanged()
        .doTest(TEXT_MATCH);
  }

  @Test
  void noFixWhenTheResourceIsNotDeclaredByItsOwnStatement() {
    helper
        .addInputLines(
            "Count.java",
            "import java.io.IOException;",
            "import java.nio.file.Files;",
            "import java.nio.file.Path;",
            "",
            "class Count {",
            "  long lines(Path file) throws IOException {",
            "    return Files.lines(file).count();",
            "  }",
            "}")
        .expectUnchanged()
        .doTest(TEXT_MATCH);
  }
}
