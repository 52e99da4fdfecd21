package io.github.leakproof.cases.threadlocal;

/** Negative: a re-entrancy guard flips a flag between constants; it holds nothing of a request. */
public class ReentrancyGuardFlag {
  private final ThreadLocal<Boolean> guard = new ThreadLocal<>();
  private static final ThreadLocal<Boolean> LOGGING = new ThreadLocal<>();

  public void append(Runnable write) {
    if (Boolean.TRUE.equals(guard.get())) {
      return;
    }
    guard.set(Boolean.TRUE);
    try {
      write.run();
    } finally {
      guard.set(Boolean.FALSE);
    }
  }

  static void startLogging() {
    LOGGING.set(true);
  }

  static void stopLogging() {
    LOGGING.set(false);
  }
}
