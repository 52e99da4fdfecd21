package io.github.leakproof.cases.threadlocal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Positive: the same per-thread stack of render contexts, but nothing ever pops it: every pooled thread
 * keeps every context it pushed, and with them the application's classes, after undeploy.
 */
public class RenderContextStackNeverPopped {
  /** Where rendering is, for log messages. */
  public static final class RenderContext {
    final String template;

    RenderContext(String template) {
      this.template = template;
    }
  }

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<Deque<RenderContext>> CONTEXTS = ThreadLocal.withInitial(ArrayDeque::new);

  public static void enter(String template) {
    CONTEXTS.get().push(new RenderContext(template));
  }

  public static String where() {
    RenderContext top = CONTEXTS.get().peek();
    return top == null ? "?" : top.template;
  }
}
