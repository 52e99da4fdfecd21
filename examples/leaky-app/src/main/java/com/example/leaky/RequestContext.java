package com.example.leaky;

/** Holds the current request's user for code deep in the call stack. */
public final class RequestContext {
  private static final ThreadLocal<String> USER = new ThreadLocal<>();

  private RequestContext() {}

  public static void begin(String user) {
    USER.set(user); // leaks: nothing ever removes it, so every pooled thread keeps the last user
  }

  public static String user() {
    return USER.get();
  }
}
