package io.github.leakproof.cases.threadlocal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Negative (found in Guava's CycleDetectingLockFactory): each thread's list of the locks it holds gets a
 * lock when it is acquired and loses it when it is released, read through a null check. At rest the
 * thread keeps an empty {@code ArrayList}, which pins nothing.
 */
public class HeldLocksListEmptiedOnRelease {
  /** A node of the lock-order graph: the program's own class. */
  public static final class LockNode {
    final String name;

    LockNode(String name) {
      this.name = name;
    }
  }

  private static final ThreadLocal<List<LockNode>> HELD = ThreadLocal.withInitial(ArrayList::new);

  public static void aboutToAcquire(LockNode lock) {
    List<LockNode> held = Objects.requireNonNull(HELD.get());
    held.add(lock);
  }

  public static void released(LockNode lock) {
    List<LockNode> held = Objects.requireNonNull(HELD.get());
    // Backwards: locks are usually released in the reverse order of acquiring them.
    for (int i = held.size() - 1; i >= 0; i--) {
      if (held.get(i) == lock) {
        held.remove(i);
        break;
      }
    }
  }
}
