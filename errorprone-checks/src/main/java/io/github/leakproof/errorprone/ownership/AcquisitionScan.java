package io.github.leakproof.errorprone.ownership;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;

/**
 * A cheap first look: does a body contain an acquisition at all (a {@code new} or a call that the
 * rules say opens something)? Only then is its control-flow graph built — most methods never open
 * anything, and building graphs is the expensive part. Lambda and class bodies are left out: they are
 * analysed on their own.
 */
public final class AcquisitionScan {
  private AcquisitionScan() {}

  public static boolean mayAcquire(Tree body, OwnershipRules rules) {
    if (body == null) {
      return false;
    }
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitNewClass(NewClassTree tree, Void unused) {
            MethodSymbol constructor = ASTHelpers.getSymbol(tree);
            return (constructor != null && rules.acquiredByConstruction(constructor))
                || Boolean.TRUE.equals(super.visitNewClass(tree, unused));
          }

          @Override
          public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            MethodSymbol method = ASTHelpers.getSymbol(tree);
            return (method != null && rules.acquiredByCall(method, receiverType(tree), false))
                || Boolean.TRUE.equals(super.visitMethodInvocation(tree, unused));
          }

          @Override
          public Boolean visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
            return false;
          }

          @Override
          public Boolean visitClass(ClassTree tree, Void unused) {
            return false;
          }

          @Override
          public Boolean reduce(Boolean a, Boolean b) {
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
          }
        }.scan(body, null);
    return Boolean.TRUE.equals(found);
  }

  private static Type receiverType(MethodInvocationTree call) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    return receiver == null ? null : ASTHelpers.getType(receiver);
  }
}
