// OPTIONS: Leakproof:Strict=escaping-collections
package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;

/** Positive in strict mode: handlers added at run time, and a getter that hands the live list out. */
public final class StrictEscapingGetter {
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final List<Runnable> SHUTDOWN_HANDLERS = new ArrayList<>();

  private StrictEscapingGetter() {}

  public static synchronized void onShutdown(Runnable handler) {
    SHUTDOWN_HANDLERS.add(handler);
  }

  public static List<Runnable> handlers() {
    return SHUTDOWN_HANDLERS;
  }
}
