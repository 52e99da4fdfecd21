package io.github.leakproof.errorprone.common;

import com.sun.source.tree.AssertTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether code that starts an obligation (a value set, a resource opened) is covered by a
 * {@code finally} that ends it on every path out, exceptions included.
 *
 * <p>Covered means: the code sits in the {@code try} block (or a {@code catch}) of a try statement
 * whose {@code finally} ends the obligation; or its statement is followed, in the same block, by such a
 * try statement with only <em>quiet</em> statements in between — statements that call nothing,
 * create nothing and do not leave the block, so no exception or early exit can slip through.
 */
public final class FinallyCoverage {
  private FinallyCoverage() {}

  public static boolean isCovered(TreePath path, Predicate<BlockTree> finallyEnds) {
    Tree child = path.getLeaf();
    for (TreePath parentPath = path.getParentPath(); parentPath != null; parentPath = parentPath.getParentPath()) {
      Tree parent = parentPath.getLeaf();
      if (parent instanceof MethodTree || parent instanceof LambdaExpressionTree || parent instanceof ClassTree) {
        return false;
      }
      if (parent instanceof TryTree tryTree
          && child != tryTree.getFinallyBlock()
          && tryTree.getFinallyBlock() != null
          && finallyEnds.test(tryTree.getFinallyBlock())) {
        return true;
      }
      if (parent instanceof BlockTree block && child instanceof StatementTree statement) {
        if (followedByCoveringTry(block.getStatements(), statement, finallyEnds)) {
          return true;
        }
      }
      child = parent;
    }
    return false;
  }

  private static boolean followedByCoveringTry(
      List<? extends StatementTree> statements, StatementTree start, Predicate<BlockTree> finallyEnds) {
    for (int i = statements.indexOf(start) + 1; i < statements.size(); i++) {
      StatementTree next = statements.get(i);
      if (next instanceof TryTree tryTree
          && tryTree.getFinallyBlock() != null
          && finallyEnds.test(tryTree.getFinallyBlock())) {
        return true;
      }
      if (!isQuiet(next)) {
        return false;
      }
    }
    return false;
  }

  /** True if nothing in {@code statement} can throw (a call, a {@code new}) or leave (return, break…). */
  public static boolean isQuiet(Tree statement) {
    boolean loud =
        new BodyMatcher() {
          @Override
          public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitNewClass(NewClassTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitThrow(ThrowTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitReturn(ReturnTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitBreak(BreakTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitContinue(ContinueTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitYield(YieldTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitAssert(AssertTree tree, Void unused) {
            return true;
          }

        }.matchesIn(statement);
    return !loud;
  }
}
