package io.github.leakproof.cases.innerclass;

import java.util.concurrent.atomic.AtomicReference;

/** Positive: the "latest refresher" kept in a static AtomicReference is a lambda calling this view's method. */
public class StaticAtomicReferenceSet {
  private static final AtomicReference<Runnable> LATEST = new AtomicReference<>();

  private final int[] pixels = new int[4096];

  public void show() {
    // BUG: Diagnostic contains: InnerClassLeaksOuter
    LATEST.set(() -> repaint());
  }

  private void repaint() {
    pixels[0]++;
  }

  public static void refreshLatest() {
    Runnable r = LATEST.get();
    if (r != null) {
      r.run();
    }
  }
}
