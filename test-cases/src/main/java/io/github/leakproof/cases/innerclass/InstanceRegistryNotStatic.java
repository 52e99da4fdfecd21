package io.github.leakproof.cases.innerclass;

import java.util.concurrent.atomic.AtomicReference;

/** Negative: the holder is an instance field of a component passed in, not static state. */
public class InstanceRegistryNotStatic {
  private final AtomicReference<Runnable> current;
  private int refreshes;

  public InstanceRegistryNotStatic(AtomicReference<Runnable> current) {
    this.current = current;
  }

  public void show() {
    current.set(() -> refreshes++);
  }
}
