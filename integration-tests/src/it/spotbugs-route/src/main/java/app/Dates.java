package app;

/**
 * Reported only with Leakproof:Strict=threadlocal-caches: a per-thread map that is only read and may
 * hold anything (a cache of the application's own Renderer would be reported by default).
 */
public class Dates {
  private static final ThreadLocal<java.util.Map<String, Object>> RENDERED = ThreadLocal.withInitial(java.util.HashMap::new);

  public static String render(long millis) {
    return String.valueOf(RENDERED.get().computeIfAbsent("last", k -> new Renderer().render(millis)));
  }

  static final class Renderer {
    String render(long millis) {
      return Long.toString(millis);
    }
  }
}
