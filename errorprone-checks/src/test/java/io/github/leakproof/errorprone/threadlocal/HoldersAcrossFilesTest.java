package io.github.leakproof.errorprone.threadlocal;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * Rule 1 reads every file of the compilation before judging a holder other files can use: a public
 * holder removed by a filter in another file, a setter whose callers restore it in a finally. When the
 * other files cannot be read (javac's byfile policy, where they are not attributed yet), a holder used
 * by them is not judged.
 */
class HoldersAcrossFilesTest {
  private static final String[] HOLDER = {
    "package app;",
    "public final class Holder {",
    "  public static final class Context {}",
    "  // BUG: Diagnostic contains: keeps an instance of Context, and its class loader, on every pooled thread that called set()",
    "  private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();",
    "  public static void set(Context context) {",
    "    CURRENT.set(context);",
    "  }",
    "  public static Context get() {",
    "    return CURRENT.get();",
    "  }",
    "}"
  };

  private static final String[] PUBLIC_HOLDER = {
    "package app;",
    "public final class PublicHolder {",
    "  // BUG: Diagnostic contains: 'USER' is given a value (Login.java line 4) but never removed",
    "  public static final ThreadLocal<String> USER = new ThreadLocal<>();",
    "}"
  };

  private static final String[] LOGIN = {
    "package app;",
    "public class Login {",
    "  public void login(String user) {",
    "    PublicHolder.USER.set(user);",
    "  }",
    "}"
  };

  /** As in a build: every file attributed before any is checked. */
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ThreadLocalNotRemoved.class, getClass())
          .setArgs("-XDcompilePolicy=simple");

  @Test
  void aSetterWhoseCallersRestoreItInAFinallyIsNotReported() {
    helper
        .addSourceLines("app/Holder.java", withoutMarker(HOLDER))
        .addSourceLines(
            "app/Filter.java",
            "package app;",
            "public class Filter {",
            "  public void doFilter(Runnable chain) {",
            "    Holder.Context previous = Holder.get();",
            "    Holder.set(new Holder.Context());",
            "    try {",
            "      chain.run();",
            "    } finally {",
            "      Holder.set(previous);",
            "    }",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void aSetterWhoseCallersNeverUndoItIsReportedWithTheValuesClass() {
    helper
        .addSourceLines("app/Holder.java", HOLDER)
        .addSourceLines(
            "app/Filter.java",
            "package app;",
            "public class Filter {",
            "  public void doFilter(Runnable chain) {",
            "    Holder.set(new Holder.Context());",
            "    chain.run();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aPublicHolderSetInAnotherFileAndRemovedNowhereIsReported() {
    helper
        .addSourceLines("app/PublicHolder.java", PUBLIC_HOLDER)
        .addSourceLines("app/Login.java", LOGIN)
        .doTest();
  }

  @Test
  void aPublicHolderRemovedInAnotherFileIsNotReported() {
    helper
        .addSourceLines("app/PublicHolder.java", withoutMarker(PUBLIC_HOLDER))
        .addSourceLines("app/Login.java", LOGIN)
        .addSourceLines(
            "app/Logout.java",
            "package app;",
            "public class Logout {",
            "  public void logout() {",
            "    PublicHolder.USER.remove();",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void whenTheOtherFilesCannotBeReadAPublicHolderIsNotJudged() {
    CompilationTestHelper.newInstance(ThreadLocalNotRemoved.class, getClass())
        .addSourceLines("app/PublicHolder.java", withoutMarker(PUBLIC_HOLDER))
        .addSourceLines("app/Login.java", LOGIN)
        .setArgs("-XDcompilePolicy=byfile")
        .expectNoDiagnostics()
        .doTest();
  }

  private static String[] withoutMarker(String[] lines) {
    return java.util.Arrays.stream(lines).filter(l -> !l.contains("BUG:")).toArray(String[]::new);
  }
}
