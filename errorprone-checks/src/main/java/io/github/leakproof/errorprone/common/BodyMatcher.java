package io.github.leakproof.errorprone.common;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;

/**
 * Asks whether anything in a piece of code matches, leaving out lambda and class bodies declared
 * inside it: they run at other times (or never) and are analysed on their own. Subclasses override the
 * {@code visit…} methods of what they look for and return true on a match.
 */
public abstract class BodyMatcher extends TreeScanner<Boolean, Void> {
  /** True if something in {@code tree} (outside nested lambdas and classes) matches. */
  public final boolean matchesIn(Tree tree) {
    return tree != null && Boolean.TRUE.equals(scan(tree, null));
  }

  /** The default for a visited node: look inside it. */
  protected final boolean inside(Boolean childrenMatched) {
    return Boolean.TRUE.equals(childrenMatched);
  }

  @Override
  public final Boolean visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
    return false;
  }

  @Override
  public final Boolean visitClass(ClassTree tree, Void unused) {
    return false;
  }

  @Override
  public final Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }
}
