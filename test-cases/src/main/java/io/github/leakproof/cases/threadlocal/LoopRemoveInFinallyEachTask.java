package io.github.leakproof.cases.threadlocal;

import java.util.List;

/** Negative: a worker loop that scopes each task's context. */
public class LoopRemoveInFinallyEachTask {
  private static final ThreadLocal<Runnable> CURRENT_TASK = new ThreadLocal<>();

  public void drain(List<Runnable> tasks) {
    for (Runnable task : tasks) {
      CURRENT_TASK.set(task);
      try {
        task.run();
      } finally {
        CURRENT_TASK.remove();
      }
    }
  }
}
