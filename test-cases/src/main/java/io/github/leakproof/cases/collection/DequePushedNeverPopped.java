package io.github.leakproof.cases.collection;

import java.util.ArrayDeque;
import java.util.Deque;

/** Positive: an undo stack kept statically; commands are pushed and listed, never popped. */
public final class DequePushedNeverPopped {
  // BUG: Diagnostic contains: push
  private static final Deque<String> UNDO = new ArrayDeque<>();

  private DequePushedNeverPopped() {}

  public static synchronized void executed(String command) {
    UNDO.push(command);
  }

  public static synchronized String lastCommand() {
    return UNDO.peekFirst();
  }
}
