package io.github.leakproof.errorprone.ownership;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import io.github.leakproof.errorprone.common.BodyMatcher;

/**
 * A cheap first look: does a body contain an acquisition at all (a {@code new} or a call that the
 * rules say opens something)? Only then is its control-flow graph built — most methods never open
 * anything, and building graphs is the expensive part. Lambda and class bodies are left out: they are
 * analysed on their own.
 */
public final class AcquisitionScan {
  private AcquisitionScan() {}

  public static boolean mayAcquire(Tree body, OwnershipRules rules) {
    return new BodyMatcher() {
      @Override
      public Boolean visitNewClass(NewClassTree tree, Void unused) {
        MethodSymbol constructor = ASTHelpers.getSymbol(tree);
        return (constructor != null && rules.acquiredByConstruction(constructor))
            || inside(super.visitNewClass(tree, unused));
      }

      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        MethodSymbol method = ASTHelpers.getSymbol(tree);
        return (method != null && rules.acquiredByCall(method, receiverType(tree), false))
            || inside(super.visitMethodInvocation(tree, unused));
      }
    }.matchesIn(body);
  }

  private static Type receiverType(MethodInvocationTree call) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    return receiver == null ? null : ASTHelpers.getType(receiver);
  }
}
