package io.github.leakproof.cases.threadlocal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Negative (found in Velocity's LogContext and Ant's Definer): a per-thread stack of the program's own
 * render contexts; every push is popped in a {@code finally}. At rest each pooled thread keeps an empty
 * {@code ArrayDeque}, a JDK object that pins no class loader.
 */
public class RenderContextStackPoppedInFinally {
  /** Where rendering is, for log messages. */
  public static final class RenderContext {
    final String template;
    final int line;

    RenderContext(String template, int line) {
      this.template = template;
      this.line = line;
    }
  }

  private static final ThreadLocal<Deque<RenderContext>> CONTEXTS =
      new ThreadLocal<Deque<RenderContext>>() {
        @Override
        protected Deque<RenderContext> initialValue() {
          return new ArrayDeque<>();
        }
      };

  public static void render(String template, int line, Runnable body) {
    push(new RenderContext(template, line));
    try {
      body.run();
    } finally {
      pop();
    }
  }

  private static void push(RenderContext context) {
    CONTEXTS.get().push(context);
  }

  private static void pop() {
    Deque<RenderContext> stack = CONTEXTS.get();
    if (!stack.isEmpty()) {
      stack.pop();
    }
  }

  public static String where() {
    RenderContext top = CONTEXTS.get().peek();
    return top == null ? "?" : top.template + ":" + top.line;
  }
}
