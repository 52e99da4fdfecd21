package io.github.leakproof.errorprone.common;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;

/**
 * Asks whether anything in a piece of code matches, leaving out lambda and class bodies declared
 * inside it: they run at other times (or never) and are analysed on their own. Subclasses override the
 * {@code visit…} methods of what they look for and return true on a match.
 */
public abstract class BodyMatcher extends AnyMatch {
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
}
