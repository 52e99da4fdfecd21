package io.github.leakproof.cases.threadlocal;

/**
 * Positive: a public holder of the current request's adapter (found fixed in a public project), set
 * on every request and removed nowhere in the program. The adapter is the application's own class, so
 * each pooled thread that served a request keeps it, and the application's class loader, after
 * undeploy. Public, but nothing in the program removes it: reported by both front ends.
 */
public final class PublicRequestHolderPinsApp {
  /** The application's adapter around a request. */
  public static final class RequestAdapter {
    private final String path;

    RequestAdapter(String path) {
      this.path = path;
    }

    String path() {
      return path;
    }
  }

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  public static ThreadLocal<RequestAdapter> current = new ThreadLocal<>();

  private PublicRequestHolderPinsApp() {}

  public static void service(String path, Runnable handler) {
    current.set(new RequestAdapter(path));
    handler.run();
  }

  public static String currentPath() {
    return current.get().path();
  }
}
