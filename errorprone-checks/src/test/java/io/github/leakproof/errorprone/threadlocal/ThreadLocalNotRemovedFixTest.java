package io.github.leakproof.errorprone.threadlocal;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import org.junit.jupiter.api.Test;

/**
 * The fix of rule 2: {@code set; a; b; remove;} becomes {@code set; try { a; b; } finally { remove;
 * }}. Outputs are compared after formatting, comments included, and must compile.
 */
class ThreadLocalNotRemovedFixTest {
  private final BugCheckerRefactoringTestHelper helper =
      BugCheckerRefactoringTestHelper.newInstance(ThreadLocalNotRemoved.class, getClass());

  @Test
  void wrapsTheWorkBetweenSetAndRemoveInTryFinally() {
    helper
        .addInputLines(
            "Handler.java",
            "class Handler {",
            "  private static final ThreadLocal<String> USER = new ThreadLocal<>();",
            "",
            "  void handle(String user, Runnable work) {",
            "    USER.set(user);",
            "    work.run();",
            "    audit();",
            "    USER.remove();",
            "  }",
            "",
            "  void audit() {}",
            "}")
        .addOutputLines(
            "Handler.java",
            "class Handler {",
            "  private static final ThreadLocal<String> USER = new ThreadLocal<>();",
            "",
            "  void handle(String user, Runnable work) {",
            "    USER.set(user);",
            "    try {",
            "      work.run();",
            "      audit();",
            "    } finally {",
            "      USER.remove();",
            "    }",
            "  }",
            "",
            "  void audit() {}",
            "}")
        .doTest();
  }

  @Test
  void wrapsUpToACallOfALocalHelperThatRemoves() {
    helper
        .addInputLines(
            "Transactions.java",
            "class Transactions {",
            "  private static final ThreadLocal<Object> TRANSACTION = new ThreadLocal<>();",
            "",
            "  void inTransaction(Object tx, Runnable work) {",
            "    TRANSACTION.set(tx);",
            "    work.run();",
            "    clear();",
            "  }",
            "",
            "  private static void clear() {",
            "    TRANSACTION.remove();",
            "  }",
            "}")
        .addOutputLines(
            "Transactions.java",
            "class Transactions {",
            "  private static final ThreadLocal<Object> TRANSACTION = new ThreadLocal<>();",
            "",
            "  void inTransaction(Object tx, Runnable work) {",
            "    TRANSACTION.set(tx);",
            "    try {",
            "      work.run();",
            "    } finally {",
            "      clear();",
            "    }",
            "  }",
            "",
            "  private static void clear() {",
            "    TRANSACTION.remove();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void noFixWhenAVariableDeclaredInBetweenIsUsedAfterTheRemove() {
    helper
        .addInputLines(
            "Pricing.java",
            "class Pricing {",
            "  private static final ThreadLocal<String> CURRENCY = new ThreadLocal<>();",
            "",
            "  int price(String currency) {",
            "    CURRENCY.set(currency);",
            "    int total = compute();",
            "    CURRENCY.remove();",
            "    return total;",
            "  }",
            "",
            "  int compute() {",
            "    return 42;",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
  }

  @Test
  void wrapsTheWorkInALambdaBody() {
    helper
        .addInputLines(
            "Tasks.java",
            "import java.util.concurrent.Executor;",
            "",
            "class Tasks {",
            "  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();",
            "",
            "  void submit(Executor pool, String tenant, Runnable work) {",
            "    pool.execute(",
            "        () -> {",
            "          TENANT.set(tenant);",
            "          work.run();",
            "          TENANT.remove();",
            "        });",
            "  }",
            "}")
        .addOutputLines(
            "Tasks.java",
            "import java.util.concurrent.Executor;",
            "",
            "class Tasks {",
            "  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();",
            "",
            "  void submit(Executor pool, String tenant, Runnable work) {",
            "    pool.execute(",
            "        () -> {",
            "          TENANT.set(tenant);",
            "          try {",
            "            work.run();",
            "          } finally {",
            "            TENANT.remove();",
            "          }",
            "        });",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void keepsCommentsBetweenTheStatements() {
    helper
        .addInputLines(
            "Handler.java",
            "class Handler {",
            "  private static final ThreadLocal<String> USER = new ThreadLocal<>();",
            "",
            "  void handle(String user, Runnable work) {",
            "    USER.set(user);",
            "    // the request's work",
            "    work.run(); // may throw",
            "    // the work is done",
            "    audit();",
            "    // clean up",
            "    USER.remove();",
            "  }",
            "",
            "  void audit() {}",
            "}")
        .addOutputLines(
            "Handler.java",
            "class Handler {",
            "  private static final ThreadLocal<String> USER = new ThreadLocal<>();",
            "",
            "  void handle(String user, Runnable work) {",
            "    USER.set(user);",
            "    // the request's work",
            "    try {",
            "      work.run(); // may throw",
            "      // the work is done",
            "      audit();",
            "      // clean up",
            "    } finally {",
            "      USER.remove();",
            "    }",
            "  }",
            "",
            "  void audit() {}",
            "}")
        .doTest();
  }

  @Test
  void noFixWhenTheRemovalUsesAVariableDeclaredInBetween() {
    helper
        .addInputLines(
            "Sessions.java",
            "class Sessions {",
            "  private static final ThreadLocal<Object> SESSION = new ThreadLocal<>();",
            "",
            "  void inSession(Object session) {",
            "    SESSION.set(session);",
            "    Object token = open();",
            "    close(token);",
            "  }",
            "",
            "  Object open() {",
            "    return new Object();",
            "  }",
            "",
            "  void close(Object token) {",
            "    SESSION.remove();",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
  }

  @Test
  void noFixWhenALocalClassDeclaredInBetweenIsUsedAfterTheRemove() {
    helper
        .addInputLines(
            "Reports.java",
            "class Reports {",
            "  private static final ThreadLocal<String> USER = new ThreadLocal<>();",
            "",
            "  Object report(String user, Runnable work) {",
            "    USER.set(user);",
            "    record Line(String text) {}",
            "    work.run();",
            "    USER.remove();",
            "    return new Line(user);",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
  }

  @Test
  void keepsADeclarationOfTwoVariablesWhole() {
    helper
        .addInputLines(
            "Pair.java",
            "class Pair {",
            "  private static final ThreadLocal<String> USER = new ThreadLocal<>();",
            "",
            "  void handle(String user) {",
            "    USER.set(user);",
            "    int a = f(), b = f();",
            "    use(a + b);",
            "    USER.remove();",
            "  }",
            "",
            "  int f() {",
            "    return 1;",
            "  }",
            "",
            "  void use(int x) {}",
            "}")
        .addOutputLines(
            "Pair.java",
            "class Pair {",
            "  private static final ThreadLocal<String> USER = new ThreadLocal<>();",
            "",
            "  void handle(String user) {",
            "    USER.set(user);",
            "    try {",
            "      int a = f(), b = f();",
            "      use(a + b);",
            "    } finally {",
            "      USER.remove();",
            "    }",
            "  }",
            "",
            "  int f() {",
            "    return 1;",
            "  }",
            "",
            "  void use(int x) {}",
            "}")
        .doTest();
  }

  @Test
  void twoSetsBeforeOneRemove() {
    helper
        .addInputLines(
            "Steps.java",
            "class Steps {",
            "  private static final ThreadLocal<String> STEP = new ThreadLocal<>();",
            "",
            "  void run(String a, String b, Runnable first, Runnable second) {",
            "    STEP.set(a);",
            "    first.run();",
            "    STEP.set(b);",
            "    second.run();",
            "    STEP.remove();",
            "  }",
            "}")
        .addOutputLines(
            "Steps.java",
            "class Steps {",
            "  private static final ThreadLocal<String> STEP = new ThreadLocal<>();",
            "",
            "  void run(String a, String b, Runnable first, Runnable second) {",
            "    STEP.set(a);",
            "    try {",
            "      first.run();",
            "      STEP.set(b);",
            "      second.run();",
            "    } finally {",
            "      STEP.remove();",
            "    }",
            "  }",
            "}")
        .doTest();
  }
}
