package io.github.leakproof.cases.innerclass;

import java.lang.ref.WeakReference;

/** Negative: the fix — a static nested class holding the outer instance weakly, kept in a static field. */
public class WeakReferenceToOuter {
  static Runnable beforeExit;

  private final StringBuilder buffer = new StringBuilder();

  public void flushOnExit() {
    beforeExit = new Flusher(this);
  }

  static final class Flusher implements Runnable {
    private final WeakReference<WeakReferenceToOuter> owner;

    Flusher(WeakReferenceToOuter owner) {
      this.owner = new WeakReference<>(owner);
    }

    @Override
    public void run() {
      WeakReferenceToOuter o = owner.get();
      if (o != null) {
        System.out.print(o.buffer);
      }
    }
  }
}
