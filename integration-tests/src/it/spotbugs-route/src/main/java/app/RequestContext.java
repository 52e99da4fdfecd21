package app;

/** Leaks: the user is set per request and never removed, so pooled threads keep it. */
public class RequestContext {
  private static final ThreadLocal<String> USER = new ThreadLocal<>();

  public static void enter(String user) {
    USER.set(user);
  }

  public static String user() {
    return USER.get();
  }
}
