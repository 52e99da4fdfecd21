package io.github.leakproof.cases.innerclass;

import java.util.ArrayDeque;
import java.util.Queue;

/** Positive: an inner Thread subclass whose run() is a for (;;) loop over its outer's queue, started. */
public class EndlessInnerThreadSubclass {
  private final Queue<Runnable> work = new ArrayDeque<>();

  public void begin() {
    // BUG: Diagnostic contains: Pump
    new Pump().start();
  }

  class Pump extends Thread {
    @Override
    public void run() {
      for (;;) {
        Runnable next;
        synchronized (work) {
          next = work.poll();
        }
        if (next != null) {
          next.run();
        } else {
          Thread.onSpinWait();
        }
      }
    }
  }
}
