package io.github.leakproof.errorprone;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.errorprone.CompilationTestHelper;
import com.sun.tools.javac.main.Main.Result;
import io.github.leakproof.errorprone.threadlocal.ThreadLocalNotRemoved;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leakproof's {@code -XepOpt:Leakproof:<Name>=<value>} options, good and bad. */
class OptionsTest {
  /** Leaks by both rules: a field never removed, and a set removed but not in a finally. */
  private static final String[] LEAKY_HANDLER = {
    "package app;",
    "",
    "class Handler {",
    "  private static final ThreadLocal<String> USER = new ThreadLocal<>();",
    "  private static final ThreadLocal<String> REQUEST = new ThreadLocal<>();",
    "",
    "  void login(String user) {",
    "    USER.set(user);",
    "  }",
    "",
    "  void handle(String request, Runnable work) {",
    "    REQUEST.set(request);",
    "    work.run();",
    "    REQUEST.remove();",
    "  }",
    "}",
  };

  private static final String[] FORMAT_CACHE = {
    "package app;",
    "",
    "class Dates {",
    "  // A per-thread attribute map: it may hold the application's objects, or only strings.",
    "  // BUG: Diagnostic contains: 'FORMAT' gives every thread its own value",
    "  private static final ThreadLocal<java.util.Map<String, Object>> FORMAT =",
    "      ThreadLocal.withInitial(java.util.HashMap::new);",
    "",
    "  static String format(long millis) {",
    "    return String.valueOf(FORMAT.get().computeIfAbsent(\"millis\", k -> millis));",
    "  }",
    "}",
  };

  /** Like ThreadLocal, but not one: only Leakproof:ThreadLocalTypes makes it tracked. */
  private static final String[] REQUEST_LOCAL = {
    "package app;",
    "",
    "import java.util.Map;",
    "import java.util.concurrent.ConcurrentHashMap;",
    "",
    "public class RequestLocal<T> {",
    "  private final Map<Thread, T> values = new ConcurrentHashMap<>();",
    "",
    "  public void set(T value) {",
    "    values.put(Thread.currentThread(), value);",
    "  }",
    "",
    "  public T get() {",
    "    return values.get(Thread.currentThread());",
    "  }",
    "",
    "  public void remove() {",
    "    values.remove(Thread.currentThread());",
    "  }",
    "}",
  };

  private static final String[] REQUEST_LOCAL_USER = {
    "package app;",
    "",
    "class Requests {",
    "  // BUG: Diagnostic contains: 'TENANT' is given a value (line 9) but never removed",
    "  private static final RequestLocal<String> TENANT = new RequestLocal<>();",
    "  private static final RequestLocal<String> USER = new TenantLocal();",
    "",
    "  void enter(String tenant) {",
    "    TENANT.set(tenant);",
    "  }",
    "",
    "  void handle(String user, Runnable work) {",
    "    // BUG: Diagnostic contains: 'USER' is set here and removed later, but not in a finally",
    "    USER.set(user);",
    "    work.run();",
    "    USER.remove();",
    "  }",
    "",
    "  static class TenantLocal extends RequestLocal<String> {}",
    "}",
  };

  /** A custom thread-local type with its own initialValue() hook, and a plain instance only read. */
  private static final String[] HOOKED_LOCAL = {
    "package app;",
    "",
    "public class HookedLocal<T> {",
    "  protected T initialValue() {",
    "    return null;",
    "  }",
    "",
    "  public T get() {",
    "    return initialValue();",
    "  }",
    "",
    "  public void remove() {}",
    "}",
  };

  private static final String[] HOOKED_LOCAL_READER = {
    "package app;",
    "",
    "class Reader {",
    "  private static final HookedLocal<String> NAME = new HookedLocal<>();",
    "",
    "  String name() {",
    "    return NAME.get();",
    "  }",
    "}",
  };

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ThreadLocalNotRemoved.class, getClass());

  @Test
  void badValueFailsTheCompilationWithoutCrashOrFindings() {
    // No BUG marker: the leaks in Handler must not be reported under options the user did not mean.
    helper
        .addSourceLines("app/Handler.java", LEAKY_HANDLER)
        .setArgs("-XepOpt:Leakproof:Strict=bogus")
        .expectResult(Result.ERROR)
        .doTest();
  }

  @Test
  void javacPrintsOneErrorNamingTheOptionAndTheBadValue(@TempDir Path dir) throws IOException {
    Javac javac =
        Javac.run(
            dir,
            "-XepOpt:Leakproof:Strict=bogus",
            Javac.source(dir, "app/Handler.java", LEAKY_HANDLER),
            Javac.source(dir, "app/Dates.java", FORMAT_CACHE));

    List<String> mentions = javac.linesContaining("Leakproof:Strict");
    assertWithMessage(javac.output()).that(mentions).hasSize(1);
    assertThat(mentions.get(0)).startsWith("error: Leakproof: invalid option Leakproof:Strict:");
    assertThat(mentions.get(0)).contains("'bogus'");
    assertWithMessage(javac.output()).that(javac.output()).doesNotContain("Exception");
    assertWithMessage(javac.output()).that(javac.linesContaining("\tat ")).isEmpty();
    assertWithMessage(javac.output()).that(javac.output()).doesNotContain("[ThreadLocalNotRemoved]");
    assertWithMessage(javac.output()).that(javac.output()).contains("1 error");
    assertWithMessage(javac.output()).that(javac.exitCode()).isEqualTo(Result.ERROR.exitCode);
  }

  @Test
  void strictThreadLocalCachesReportsAWithInitialCacheThatIsOnlyRead() {
    helper
        .addSourceLines("app/Dates.java", FORMAT_CACHE)
        .setArgs("-XepOpt:Leakproof:Strict=threadlocal-caches")
        .doTest();
  }

  @Test
  void withoutStrictAWithInitialCacheThatIsOnlyReadIsNotReported() {
    helper.addSourceLines("app/Dates.java", FORMAT_CACHE).expectNoDiagnostics().doTest();
  }

  @Test
  void threadLocalTypesTracksACustomTypeAndItsSubtypes() {
    helper
        .addSourceLines("app/RequestLocal.java", REQUEST_LOCAL)
        .addSourceLines("app/Requests.java", REQUEST_LOCAL_USER)
        .setArgs("-XepOpt:Leakproof:ThreadLocalTypes=app.RequestLocal")
        .doTest();
  }

  @Test
  void withoutThreadLocalTypesACustomTypeIsNotTracked() {
    helper
        .addSourceLines("app/RequestLocal.java", REQUEST_LOCAL)
        .addSourceLines("app/Requests.java", REQUEST_LOCAL_USER)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void strictCachesDoNotCountACustomTypesOwnInitialValueHook() {
    helper
        .addSourceLines("app/HookedLocal.java", HOOKED_LOCAL)
        .addSourceLines("app/Reader.java", HOOKED_LOCAL_READER)
        .setArgs("-XepOpt:Leakproof:ThreadLocalTypes=app.HookedLocal", "-XepOpt:Leakproof:Strict=all")
        .expectNoDiagnostics()
        .doTest();
  }
}
