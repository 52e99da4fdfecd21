package io.github.leakproof.errorprone.resource;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * Lombok's {@code @Cleanup} closes a local at the end of its scope. When Lombok runs, the close is in
 * the code Error Prone sees; when the annotation is seen unprocessed (Lombok on the class path but not
 * run before Error Prone), the annotation itself counts. The annotation is declared here under its real
 * name, so the test needs no Lombok.
 */
class LombokCleanupTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ResourceNotClosed.class, getClass());

  private static final String[] CLEANUP = {
    "package lombok;",
    "import java.lang.annotation.*;",
    "@Target(ElementType.LOCAL_VARIABLE)",
    "@Retention(RetentionPolicy.SOURCE)",
    "public @interface Cleanup {",
    "  String value() default \"close\";",
    "}"
  };

  @Test
  void aCleanupLocalIsClosed() {
    helper
        .addSourceLines("lombok/Cleanup.java", CLEANUP)
        .addSourceLines(
            "app/Reader.java",
            "package app;",
            "import java.io.FileInputStream;",
            "import java.io.IOException;",
            "import lombok.Cleanup;",
            "class Reader {",
            "  int first(String file) throws IOException {",
            "    @Cleanup FileInputStream in = new FileInputStream(file);",
            "    return in.read();",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void withoutCleanupTheSameCodeLeaks() {
    helper
        .addSourceLines(
            "app/Reader.java",
            "package app;",
            "import java.io.FileInputStream;",
            "import java.io.IOException;",
            "class Reader {",
            "  int first(String file) throws IOException {",
            "    // BUG: Diagnostic contains: ResourceNotClosed",
            "    FileInputStream in = new FileInputStream(file);",
            "    return in.read();",
            "  }",
            "}")
        .doTest();
  }
}
