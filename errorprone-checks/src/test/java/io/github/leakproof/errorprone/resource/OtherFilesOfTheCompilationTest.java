package io.github.leakproof.errorprone.resource;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * Helpers in other files of the same compilation are read too: a project's own closing helper needs no
 * annotation and no option, wherever it lives in the module. (The corpus compiles one file at a time,
 * so this is tested here.)
 */
class OtherFilesOfTheCompilationTest {
  private static final String[] USER = {
    "package app;",
    "import java.io.FileInputStream;",
    "import java.io.IOException;",
    "import java.io.InputStream;",
    "class Loader {",
    "  int first(String file) throws IOException {",
    "    // BUG: Diagnostic contains: ResourceNotClosed",
    "    InputStream in = new FileInputStream(file);",
    "    try {",
    "      return in.read();",
    "    } finally {",
    "      Streams.finish(in);",
    "    }",
    "  }",
    "}"
  };

  private static final String[] STREAMS_THAT_CLOSE = {
    "package app;",
    "import java.io.IOException;",
    "import java.io.InputStream;",
    "final class Streams {",
    "  static void finish(InputStream in) throws IOException {",
    "    in.close();",
    "  }",
    "}"
  };

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ResourceNotClosed.class, getClass());

  @Test
  void aHelperInAnotherFileThatClosesItsParameterCloses() {
    helper
        .addSourceLines("app/Streams.java", STREAMS_THAT_CLOSE)
        .addSourceLines("app/Loader.java", withoutMarker(USER))
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void aHelperInAnotherFileThatOnlyReadsDoesNot() {
    helper
        .addSourceLines(
            "app/Streams.java",
            "package app;",
            "import java.io.IOException;",
            "import java.io.InputStream;",
            "final class Streams {",
            "  static void finish(InputStream in) throws IOException {",
            "    in.read();",
            "  }",
            "}")
        .addSourceLines("app/Loader.java", USER)
        .doTest();
  }

  @Test
  void theOrderOfTheFilesDoesNotMatter() {
    helper
        .addSourceLines("app/Loader.java", withoutMarker(USER))
        .addSourceLines("app/Streams.java", STREAMS_THAT_CLOSE)
        .expectNoDiagnostics()
        .doTest();
  }

  private static String[] withoutMarker(String[] lines) {
    return java.util.Arrays.stream(lines).filter(l -> !l.contains("BUG:")).toArray(String[]::new);
  }
}
