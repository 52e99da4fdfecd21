package io.github.leakproof.errorprone.resource;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import io.github.leakproof.errorprone.common.AnyMatch;
import java.util.List;
import java.util.Optional;

/**
 * The fix for the simple case: {@code R r = open(); …; r.close();} as the rest of a block becomes
 * {@code try (R r = open()) { … }}. Offered only where it keeps the meaning: the local is declared by
 * the acquiring statement directly in a block, and never reassigned.
 */
final class TryWithResourcesFix {
  private TryWithResourcesFix() {}

  static Optional<SuggestedFix> of(TreePath acquisition, VisitorState state) {
    TreePath declarationPath = acquisition.getParentPath();
    if (declarationPath == null
        || !(declarationPath.getLeaf() instanceof VariableTree declaration)
        || declaration.getInitializer() != acquisition.getLeaf()
        || !(declarationPath.getParentPath().getLeaf() instanceof BlockTree block)) {
      return Optional.empty();
    }
    Symbol local = ASTHelpers.getSymbol(declaration);
    List<? extends StatementTree> statements = block.getStatements();
    int at = statements.indexOf(declaration);
    if (local == null || at < 0 || isReassigned(block, local)) {
      return Optional.empty();
    }
    List<? extends StatementTree> rest = statements.subList(at + 1, statements.size());
    StringBuilder body = new StringBuilder();
    for (StatementTree statement : rest) {
      if (!closes(statement, local)) {
        body.append(state.getSourceForNode(statement)).append('\n');
      }
    }
    String replacement = "try (" + state.getSourceForNode(declaration).replaceAll(";\\s*$", "") + ") {\n" + body + "}";
    Tree last = rest.isEmpty() ? declaration : rest.get(rest.size() - 1);
    return Optional.of(
        SuggestedFix.builder()
            .replace(ASTHelpers.getStartPosition(declaration), state.getEndPosition(last), replacement)
            .build());
  }

  /** {@code r.close();} as a statement of its own: the try-with-resources does it now. */
  private static boolean closes(StatementTree statement, Symbol local) {
    return statement instanceof ExpressionStatementTree expression
        && expression.getExpression() instanceof MethodInvocationTree call
        && call.getArguments().isEmpty()
        && ASTHelpers.getSymbol(call) != null
        && ASTHelpers.getSymbol(call).getSimpleName().contentEquals("close")
        && ASTHelpers.getReceiver(call) != null
        && local.equals(ASTHelpers.getSymbol(ASTHelpers.getReceiver(call)));
  }

  private static boolean isReassigned(Tree scope, Symbol local) {
    Boolean found =
        new AnyMatch() {
          @Override
          public Boolean visitAssignment(AssignmentTree assignment, Void unused) {
            return local.equals(ASTHelpers.getSymbol(assignment.getVariable()))
                || Boolean.TRUE.equals(super.visitAssignment(assignment, unused));
          }
        }.scan(scope, null);
    return Boolean.TRUE.equals(found);
  }
}
