package io.github.leakproof.cases.threadlocal;

import io.github.leakproof.cases.threadlocal.SetterRestoredByCallersInFinally.RequestContext;

/** Negative: the callers of SetterRestoredByCallersInFinally's setter, which restore or clear in a finally. */
public class SetterRestoredByCallersInFinallyFilter {
  public void doFilter(String user, Runnable chain) {
    RequestContext previous = SetterRestoredByCallersInFinally.get();
    SetterRestoredByCallersInFinally.set(new RequestContext(user));
    try {
      chain.run();
    } finally {
      SetterRestoredByCallersInFinally.set(previous);
    }
  }

  public void runAsSystem(Runnable task) {
    SetterRestoredByCallersInFinally.set(new RequestContext("system"));
    try {
      task.run();
    } finally {
      SetterRestoredByCallersInFinally.set(null);
    }
  }
}
