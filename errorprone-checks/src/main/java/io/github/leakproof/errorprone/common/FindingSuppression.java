package io.github.leakproof.errorprone.common;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import io.github.leakproof.model.Check;
import java.util.Set;

/**
 * Suppression of a finding reported somewhere inside the matched tree (a method's statement, not the
 * method): Error Prone itself only looks at the declarations around the matched tree, so a
 * {@code @SuppressWarnings} on a local variable, and extra tokens such as javac's {@code "resource"},
 * are read here. {@code @SuppressLeak} is read by {@link LeakSuppression}.
 */
public final class FindingSuppression {
  private FindingSuppression() {}

  /**
   * True if a declaration around {@code path} suppresses {@code check}, by {@code @SuppressLeak}, or by
   * {@code @SuppressWarnings} naming the check or one of {@code extraTokens}.
   */
  public static boolean isSuppressed(TreePath path, Check check, Set<String> extraTokens, VisitorState state) {
    if (LeakSuppression.isSuppressed(check, state.withPath(path))) {
      return true;
    }
    for (Tree tree : path) {
      if (tree instanceof VariableTree || tree instanceof MethodTree || tree instanceof ClassTree) {
        Symbol symbol = ASTHelpers.getSymbol(tree);
        SuppressWarnings annotation = symbol == null ? null : symbol.getAnnotation(SuppressWarnings.class);
        if (annotation != null) {
          for (String token : annotation.value()) {
            if (check.isNamedBy(token) || extraTokens.contains(token) || token.equals("all")) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
