package io.github.leakproof.errorprone.ownership;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Type;

/**
 * A cheap first look: does a body create or fetch anything of a given type at all (an {@code
 * AutoCloseable}, an {@code ExecutorService})? Only then is its control-flow graph built. Lambda and
 * class bodies are left out: they are analysed on their own.
 */
public final class AcquisitionScan {
  private AcquisitionScan() {}

  public static boolean mayAcquire(Tree body, String typeName, VisitorState state) {
    Type wanted = state.getTypeFromString(typeName);
    if (wanted == null || body == null) {
      return false;
    }
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitNewClass(NewClassTree tree, Void unused) {
            return isWanted(ASTHelpers.getType(tree)) || Boolean.TRUE.equals(super.visitNewClass(tree, unused));
          }

          @Override
          public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            return isWanted(ASTHelpers.getType(tree))
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

          private boolean isWanted(Type type) {
            return type != null && ASTHelpers.isSubtype(type, wanted, state);
          }
        }.scan(body, null);
    return Boolean.TRUE.equals(found);
  }
}
