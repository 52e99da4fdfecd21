package io.github.leakproof.cases.threadlocal;

/**
 * Positive: the lazily filled runner of a scripting integration (found fixed in a public project): a
 * static thread-local filled with {@code if (tl.get() == null) tl.set(new …)} and never removed. Each
 * pooled thread that called getRunner() keeps a ScriptRunner, an object of the application's own
 * class, and with it the application's class loader after undeploy.
 */
public final class ScriptRunnerFilledLazily {
  /** The application's own class: what the runner's class loader loaded. */
  public static final class ScriptRunner {
    private final StringBuilder log = new StringBuilder();

    public Object run(String script) {
      log.append(script).append('\n');
      return script.length();
    }
  }

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<ScriptRunner> RUNNER = new ThreadLocal<>();

  private ScriptRunnerFilledLazily() {}

  public static ScriptRunner getRunner() {
    if (RUNNER.get() == null) {
      RUNNER.set(new ScriptRunner());
    }
    return RUNNER.get();
  }

  public static Object eval(String script) {
    return getRunner().run(script);
  }
}
