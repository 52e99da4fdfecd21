package io.github.leakproof.cases.collection;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Positive (FreeMarker's debugger): exported objects are remembered in a static set for a cleanup that
 * walks the set but never empties it, so every object ever exported stays reachable.
 */
public final class CleanupIteratesButNeverClears {
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final Set<Object> EXPORTED = new HashSet<>();

  private CleanupIteratesButNeverClears() {}

  public static synchronized Object export(Object model) {
    EXPORTED.add(model);
    return model;
  }

  public static synchronized void cleanup() {
    for (Iterator<Object> i = EXPORTED.iterator(); i.hasNext(); ) {
      unexport(i.next());
    }
  }

  private static void unexport(Object exported) {
    System.out.println("unexported " + exported);
  }
}
