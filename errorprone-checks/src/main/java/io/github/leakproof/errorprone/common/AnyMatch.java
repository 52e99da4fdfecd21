package io.github.leakproof.errorprone.common;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;

/**
 * A scan that asks whether anything in a tree matches: a visit returns true on a match, and a node
 * matches if any of its children does. Subclasses override the {@code visit…} methods of what they look for.
 */
public abstract class AnyMatch extends TreeScanner<Boolean, Void> {
  /** True if something in {@code tree} matches. */
  public final boolean matchesIn(Tree tree) {
    return tree != null && Boolean.TRUE.equals(scan(tree, null));
  }

  @Override
  public final Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }
}
