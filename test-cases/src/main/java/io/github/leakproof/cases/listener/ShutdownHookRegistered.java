package io.github.leakproof.cases.listener;

import java.util.ArrayList;
import java.util.List;

/** Negative: a shutdown hook lives as long as the application by design ({@code Runtime.addShutdownHook}). */
public class ShutdownHookRegistered {
  private final List<String> pending = new ArrayList<>();

  public void install() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::flush));
  }

  private void flush() {
    pending.clear();
  }
}
