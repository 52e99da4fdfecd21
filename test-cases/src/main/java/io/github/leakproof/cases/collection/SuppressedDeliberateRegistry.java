package io.github.leakproof.cases.collection;

import io.github.leakproof.annotations.SuppressLeak;
import java.util.ArrayList;
import java.util.List;

/** Negative: a registry that grows on purpose for the life of the process, suppressed with a reason. */
public final class SuppressedDeliberateRegistry {
  @SuppressLeak(value = "StaticCollectionOnlyGrows", reason = "one entry per installed module, a handful at most")
  private static final List<String> MODULES = new ArrayList<>();

  private SuppressedDeliberateRegistry() {}

  public static synchronized void installed(String module) {
    MODULES.add(module);
  }
}
