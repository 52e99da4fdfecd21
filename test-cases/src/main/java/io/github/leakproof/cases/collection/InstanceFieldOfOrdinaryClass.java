package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;

/** Negative: an ordinary object's list grows with the object and dies with it. */
public final class InstanceFieldOfOrdinaryClass {
  private final List<String> lines = new ArrayList<>();

  public void append(String line) {
    lines.add(line);
  }

  public int size() {
    return lines.size();
  }
}
