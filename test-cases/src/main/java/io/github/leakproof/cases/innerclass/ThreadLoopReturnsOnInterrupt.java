package io.github.leakproof.cases.innerclass;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Negative: a while (true) consumer that returns when interrupted: close() interrupts it, so it ends. */
public class ThreadLoopReturnsOnInterrupt implements AutoCloseable {
  private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
  private final Thread consumer = new Thread(this::consume, "consumer");
  private int handled;

  public void start() {
    consumer.start();
  }

  private void consume() {
    while (true) {
      try {
        inbox.take();
        handled++;
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    consumer.interrupt();
  }
}
