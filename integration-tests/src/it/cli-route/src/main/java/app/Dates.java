package app;

/** Reported only with Leakproof:Strict=threadlocal-caches: a per-thread cache that is only read. */
public class Dates {
  private static final ThreadLocal<Renderer> RENDERER = ThreadLocal.withInitial(Renderer::new);

  public static String render(long millis) {
    return RENDERER.get().render(millis);
  }

  static final class Renderer {
    String render(long millis) {
      return Long.toString(millis);
    }
  }
}
