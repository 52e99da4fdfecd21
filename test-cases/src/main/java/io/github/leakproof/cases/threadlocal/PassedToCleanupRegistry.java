package io.github.leakproof.cases.threadlocal;

/** Negative: the ThreadLocal is handed to a registry that removes every registered local. */
public class PassedToCleanupRegistry {
  private static final ThreadLocal<String> USER = new ThreadLocal<>();

  static {
    RequestCleanup.register(USER);
  }

  public void login(String user) {
    USER.set(user);
  }
}
