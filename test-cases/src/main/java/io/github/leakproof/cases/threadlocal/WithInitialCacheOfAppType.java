package io.github.leakproof.cases.threadlocal;

/**
 * Positive: a per-thread cache of an application class, never removed. Each pooled thread that
 * rendered keeps a TemplateRenderer, and through its class the application's class loader: on an
 * application server that is the whole web application, kept after undeploy.
 */
public final class WithInitialCacheOfAppType {
  /** An application class: its instances keep its class loader alive. */
  static final class TemplateRenderer {
    String render(String template) {
      return template.trim();
    }
  }

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<TemplateRenderer> RENDERER =
      ThreadLocal.withInitial(TemplateRenderer::new);

  private WithInitialCacheOfAppType() {}

  public static String render(String template) {
    return RENDERER.get().render(template);
  }
}
