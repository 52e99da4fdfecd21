package io.github.leakproof.cases.innerclass;

import io.github.leakproof.annotations.SuppressLeak;
import java.util.concurrent.atomic.AtomicReference;

/** Negative: the application object lives as long as the process; the store is suppressed with a reason. */
public class SuppressedApplicationSingleton {
  static final AtomicReference<Runnable> EXIT_HANDLER = new AtomicReference<>();

  private final StringBuilder journal = new StringBuilder();

  @SuppressLeak(value = "InnerClassLeaksOuter", reason = "one Application per process, by design")
  public void start() {
    EXIT_HANDLER.set(() -> journal.append("exit"));
  }
}
