// OPTIONS: Leakproof:Strict=threadlocal-caches
package io.github.leakproof.cases.threadlocal;

/**
 * Positive in strict mode only: a per-thread cache of an application class, which pins the
 * application's class loader on every pooled thread.
 */
public final class StrictWithInitialCache {
  /** An application class: its instances keep its class loader alive. */
  static final class TemplateRenderer {
    String render(String template) {
      return template.trim();
    }
  }

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<TemplateRenderer> RENDERER =
      ThreadLocal.withInitial(TemplateRenderer::new);

  private StrictWithInitialCache() {}

  public static String render(String template) {
    return RENDERER.get().render(template);
  }
}
