package io.github.leakproof.errorprone.common;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import java.util.function.Predicate;

/** Finds calls that run as part of a piece of code (not in lambdas or classes declared inside it). */
public final class Calls {
  private Calls() {}

  /** The first call in {@code tree}, in source order, that satisfies {@code test}; or null. */
  public static MethodInvocationTree find(Tree tree, Predicate<MethodInvocationTree> test) {
    if (tree == null) {
      return null;
    }
    return new TreeScanner<MethodInvocationTree, Void>() {
      @Override
      public MethodInvocationTree visitMethodInvocation(MethodInvocationTree call, Void unused) {
        MethodInvocationTree inside = super.visitMethodInvocation(call, null);
        return inside != null ? inside : test.test(call) ? call : null;
      }

      @Override
      public MethodInvocationTree visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return null;
      }

      @Override
      public MethodInvocationTree visitClass(ClassTree nested, Void unused) {
        return null;
      }

      @Override
      public MethodInvocationTree reduce(MethodInvocationTree first, MethodInvocationTree second) {
        return first != null ? first : second;
      }
    }.scan(tree, null);
  }

  public static boolean any(Tree tree, Predicate<MethodInvocationTree> test) {
    return find(tree, test) != null;
  }
}
