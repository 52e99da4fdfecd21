package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;

/**
 * Positive: the private helper sets a static flag too, but on every registration, and its caller never
 * reads it: no run-once initialiser (TableFilledOnceBehindFlag), just a registry that only grows.
 */
public final class FlagSetOnEveryRegistration {
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final List<Runnable> HANDLERS = new ArrayList<>();

  private static boolean changed;

  private FlagSetOnEveryRegistration() {}

  public static synchronized void register(Runnable handler) {
    add(handler);
  }

  private static void add(Runnable handler) {
    HANDLERS.add(handler);
    changed = true;
  }

  public static synchronized boolean consumeChanged() {
    boolean was = changed;
    changed = false;
    return was;
  }
}
