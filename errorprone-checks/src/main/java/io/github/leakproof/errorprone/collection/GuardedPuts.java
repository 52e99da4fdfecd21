package io.github.leakproof.errorprone.collection;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import io.github.leakproof.model.CollectionCatalogue;
import io.github.leakproof.model.CollectionCatalogue.Lookup;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;

/**
 * A get-or-create spelled out by hand ({@link CollectionCatalogue#isGuardablePut}): a {@code put(k, v)}
 * that runs only when the same map, looked up earlier in the method with the same local variable or
 * parameter {@code k}, has no entry for it, and {@code k} is not assigned in between. The guard is a
 * test of the lookup — {@code v == null} for {@code v = MAP.get(k)}, {@code MAP.get(k) == null}, {@code
 * !MAP.containsKey(k)} — with the put in the branch where the key is absent: the {@code if}'s body (also
 * after {@code &&}), the {@code else} of the opposite test, or the code after an {@code if} on the
 * opposite test whose body ends in {@code return}, {@code throw}, {@code break} or {@code continue}. The
 * bytecode front end accepts the same shapes from the branches javac writes for them.
 */
final class GuardedPuts {
  private GuardedPuts() {}

  /**
   * True if {@code put}, at {@code path} in {@code method}, is guarded by an absent lookup of its key on
   * the same field ({@code fieldOf} maps a receiver to the field it reads, directly or through a copy).
   */
  static <F> boolean isGuarded(
      TreePath path, MethodInvocationTree put, MethodTree method, F field, Function<ExpressionTree, F> fieldOf) {
    if (put.getArguments().size() != 2) {
      return false;
    }
    Symbol key = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(put.getArguments().get(0)));
    if (key == null || key.getKind() != ElementKind.LOCAL_VARIABLE && key.getKind() != ElementKind.PARAMETER) {
      return false;
    }
    Guard<F> guard = new Guard<>(key, field, fieldOf, method, ASTHelpers.getStartPosition(put));
    Tree child = path.getLeaf();
    for (TreePath p = path.getParentPath(); p != null && p.getLeaf() != method; p = p.getParentPath()) {
      Tree parent = p.getLeaf();
      if (parent instanceof IfTree branch) {
        if (branch.getThenStatement() == child && guard.absentIfTrue(branch.getCondition(), true)) {
          return true;
        }
        if (branch.getElseStatement() == child && guard.absentIfTrue(branch.getCondition(), false)) {
          return true;
        }
      } else if (parent instanceof BlockTree block) {
        for (StatementTree statement : block.getStatements()) {
          if (statement == child) {
            break;
          }
          if (statement instanceof IfTree exit && exit.getElseStatement() == null && exits(exit.getThenStatement())
              && guard.absentIfTrue(exit.getCondition(), false)) {
            return true;
          }
        }
      } else if (parent instanceof LambdaExpressionTree || parent instanceof ClassTree) {
        return false;
      }
      child = parent;
    }
    return false;
  }

  /**
   * A statement that never goes on to the next: {@code return}, {@code throw}, {@code break}, {@code
   * continue}, or a block ending in one.
   */
  private static boolean exits(StatementTree statement) {
    if (statement instanceof BlockTree block) {
      List<? extends StatementTree> statements = block.getStatements();
      return !statements.isEmpty() && exits(statements.get(statements.size() - 1));
    }
    return statement instanceof ReturnTree || statement instanceof ThrowTree || statement instanceof BreakTree
        || statement instanceof ContinueTree;
  }

  /** The lookups that can guard one put: its key, its field, and the method they are in. */
  private record Guard<F>(Symbol key, F field, Function<ExpressionTree, F> fieldOf, MethodTree method, int putAt) {
    /**
     * True if {@code condition} being {@code whenTrue} means the key is absent: for {@code whenTrue}, a
     * test of absence or a conjunction holding one; otherwise a test of presence alone, not in a
     * disjunction: the bytecode front end finds the {@code else} of {@code v != null || c} outside the range
     * its branch guards, and both front ends accept the same shapes.
     */
    boolean absentIfTrue(ExpressionTree condition, boolean whenTrue) {
      ExpressionTree c = ASTHelpers.stripParentheses(condition);
      if (c instanceof UnaryTree not && c.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
        return absentIfTrue(not.getExpression(), !whenTrue);
      }
      if (c instanceof BinaryTree binary) {
        if (whenTrue && c.getKind() == Tree.Kind.CONDITIONAL_AND) {
          return absentIfTrue(binary.getLeftOperand(), whenTrue) || absentIfTrue(binary.getRightOperand(), whenTrue);
        }
        boolean equal = c.getKind() == Tree.Kind.EQUAL_TO;
        if (!equal && c.getKind() != Tree.Kind.NOT_EQUAL_TO || equal != whenTrue) {
          return false;
        }
        ExpressionTree tested = isNull(binary.getRightOperand()) ? binary.getLeftOperand()
            : isNull(binary.getLeftOperand()) ? binary.getRightOperand() : null;
        return tested != null && isValueLookup(tested, ASTHelpers.getStartPosition(c));
      }
      return !whenTrue && isLookup(c, Lookup.CONTAINS);
    }

    /** {@code MAP.get(key)}, directly or through a local last assigned from it before {@code at}. */
    private boolean isValueLookup(ExpressionTree tested, int at) {
      ExpressionTree value = unwrap(tested);
      if (isLookup(value, Lookup.VALUE)) {
        return true;
      }
      Symbol local = ASTHelpers.getSymbol(value);
      if (local == null || local.getKind() != ElementKind.LOCAL_VARIABLE) {
        return false;
      }
      ExpressionTree[] last = {null};
      int[] lastAt = {-1};
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitVariable(VariableTree variable, Void unused) {
          see(ASTHelpers.getSymbol(variable), variable.getInitializer(), variable);
          return super.visitVariable(variable, unused);
        }

        @Override
        public Void visitAssignment(AssignmentTree assignment, Void unused) {
          see(ASTHelpers.getSymbol(assignment.getVariable()), assignment.getExpression(), assignment);
          return super.visitAssignment(assignment, unused);
        }

        private void see(Symbol assigned, ExpressionTree from, Tree where) {
          int position = ASTHelpers.getStartPosition(where);
          if (local.equals(assigned) && position < at && position > lastAt[0]) {
            lastAt[0] = position;
            last[0] = from;
          }
        }
      }.scan(method.getBody(), null);
      return last[0] != null && isLookup(unwrap(last[0]), Lookup.VALUE);
    }

    /** A lookup of this guard's kind on the field, of the key, with no assignment to the key after it. */
    private boolean isLookup(ExpressionTree expression, Lookup kind) {
      if (!(expression instanceof MethodInvocationTree call) || call.getArguments().size() != 1
          || ASTHelpers.getReceiver(call) == null
          || ASTHelpers.getSymbol(call) == null
          || CollectionCatalogue.lookupOf(ASTHelpers.getSymbol(call).getSimpleName().toString()) != kind
          || !field.equals(fieldOf.apply(ASTHelpers.getReceiver(call)))
          || !key.equals(ASTHelpers.getSymbol(ASTHelpers.stripParentheses(call.getArguments().get(0))))) {
        return false;
      }
      int lookupAt = ASTHelpers.getStartPosition(call);
      Boolean reassigned = new TreeScanner<Boolean, Void>() {
        @Override
        public Boolean visitAssignment(AssignmentTree assignment, Void unused) {
          return assigns(assignment.getVariable(), assignment) || Boolean.TRUE.equals(super.visitAssignment(assignment, unused));
        }

        @Override
        public Boolean visitCompoundAssignment(CompoundAssignmentTree assignment, Void unused) {
          return assigns(assignment.getVariable(), assignment)
              || Boolean.TRUE.equals(super.visitCompoundAssignment(assignment, unused));
        }

        private boolean assigns(ExpressionTree variable, Tree where) {
          int position = ASTHelpers.getStartPosition(where);
          return key.equals(ASTHelpers.getSymbol(variable)) && position > lookupAt && position < putAt;
        }

        @Override
        public Boolean reduce(Boolean a, Boolean b) {
          return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
        }
      }.scan(method.getBody(), null);
      return !Boolean.TRUE.equals(reassigned);
    }

    private static ExpressionTree unwrap(ExpressionTree expression) {
      ExpressionTree e = ASTHelpers.stripParentheses(expression);
      while (e instanceof TypeCastTree cast) {
        e = ASTHelpers.stripParentheses(cast.getExpression());
      }
      return e;
    }

    private static boolean isNull(ExpressionTree expression) {
      return ASTHelpers.stripParentheses(expression).getKind() == Tree.Kind.NULL_LITERAL;
    }
  }
}
