package io.github.leakproof.cases.threadlocal;

import java.util.List;

/** Positive: the value is removed once after the loop, so a task that throws leaves its context. */
public class LoopRemoveAfterLoop {
  private static final ThreadLocal<Runnable> CURRENT_TASK = new ThreadLocal<>();

  public void drain(List<Runnable> tasks) {
    for (Runnable task : tasks) {
      // BUG: Diagnostic contains: ThreadLocalNotRemoved
      CURRENT_TASK.set(task);
      task.run();
    }
    CURRENT_TASK.remove();
  }
}
