package io.github.leakproof.cases.collection;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Negative: a work queue that producers add to and a worker takes from. */
public final class QueueConsumedByWorker {
  private static final BlockingQueue<Runnable> WORK = new LinkedBlockingQueue<>();

  private QueueConsumedByWorker() {}

  public static void submit(Runnable task) {
    WORK.add(task);
  }

  public static void workLoop() throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      WORK.take().run();
    }
  }
}
