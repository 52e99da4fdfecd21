package io.github.leakproof.cases.collection;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Positive: a static "pending work" queue that is offered to and only peeked at: nothing consumes it. */
public final class QueueOfferedNeverPolled {
  // BUG: Diagnostic contains: offer
  private static final Queue<Runnable> PENDING = new ConcurrentLinkedQueue<>();

  private QueueOfferedNeverPolled() {}

  public static void defer(Runnable work) {
    PENDING.offer(work);
  }

  public static boolean hasPending() {
    return PENDING.peek() != null;
  }
}
