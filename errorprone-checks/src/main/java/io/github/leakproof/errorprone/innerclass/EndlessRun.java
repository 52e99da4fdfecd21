package io.github.leakproof.errorprone.innerclass;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree.JCBreak;
import io.github.leakproof.errorprone.common.BodyMatcher;
import java.util.HashSet;
import java.util.Set;

/**
 * Does a thread's task run for good? Its code (a lambda's body, the method a reference names, an
 * anonymous or inner class's {@code run()}) has a loop whose condition is {@code true} (or absent) that
 * no {@code break} leaves, and no {@code return}: the thread ends only by an exception. Such a thread
 * keeps what its task captures as long as the JVM runs. Only code in this file is judged.
 */
final class EndlessRun {
  private EndlessRun() {}

  /** True if the task made by {@code value} (a capturing lambda, reference or class instance) never ends. */
  static boolean of(ExpressionTree value, VisitorState state) {
    Tree body = null;
    if (value instanceof LambdaExpressionTree lambda) {
      body = lambda.getBody();
    } else if (value instanceof MemberReferenceTree reference) {
      body = bodyOf(declaration(ASTHelpers.getSymbol(reference), state));
    } else if (value instanceof NewClassTree creation) {
      ClassTree type = creation.getClassBody() != null
          ? creation.getClassBody()
          : declaration(ASTHelpers.getSymbol(creation.getIdentifier()), state) instanceof ClassTree c ? c : null;
      body = type == null ? null : runMethodBody(type);
    }
    return body instanceof StatementTree statements && neverEnds(statements);
  }

  private static Tree runMethodBody(ClassTree type) {
    for (Tree member : type.getMembers()) {
      if (member instanceof MethodTree method && method.getName().contentEquals("run") && method.getParameters().isEmpty()) {
        return method.getBody();
      }
    }
    return null;
  }

  private static Tree bodyOf(Tree declaration) {
    return declaration instanceof MethodTree method ? method.getBody() : null;
  }

  private static boolean neverEnds(StatementTree body) {
    boolean returns = new BodyMatcher() {
      @Override
      public Boolean visitReturn(ReturnTree ret, Void unused) {
        return true;
      }
    }.matchesIn(body);
    return !returns && new BodyMatcher() {
      @Override
      public Boolean visitWhileLoop(WhileLoopTree loop, Void unused) {
        return isTrue(loop.getCondition()) && !leftByBreak(loop) || inside(super.visitWhileLoop(loop, null));
      }

      @Override
      public Boolean visitDoWhileLoop(DoWhileLoopTree loop, Void unused) {
        return isTrue(loop.getCondition()) && !leftByBreak(loop) || inside(super.visitDoWhileLoop(loop, null));
      }

      @Override
      public Boolean visitForLoop(ForLoopTree loop, Void unused) {
        return (loop.getCondition() == null || isTrue(loop.getCondition())) && !leftByBreak(loop)
            || inside(super.visitForLoop(loop, null));
      }
    }.matchesIn(body);
  }

  private static boolean isTrue(ExpressionTree condition) {
    return Boolean.TRUE.equals(ASTHelpers.constValue(Capture.stripped(condition), Boolean.class));
  }

  /** True if a {@code break} inside the loop jumps to the loop or past it. */
  private static boolean leftByBreak(Tree loop) {
    Set<Tree> inside = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree != null && tree != loop) {
          inside.add(tree);
        }
        return super.scan(tree, null);
      }
    }.scan(loop, null);
    for (Tree tree : inside) {
      if (tree instanceof BreakTree && tree instanceof JCBreak jump && !inside.contains(jump.target)) {
        return true;
      }
    }
    return false;
  }

  /** The declaration of {@code symbol} in this file, or null. */
  private static Tree declaration(Symbol symbol, VisitorState state) {
    if (symbol == null) {
      return null;
    }
    return new TreeScanner<Tree, Void>() {
      @Override
      public Tree visitMethod(MethodTree method, Void unused) {
        return ASTHelpers.getSymbol(method) == symbol ? method : super.visitMethod(method, null);
      }

      @Override
      public Tree visitClass(ClassTree type, Void unused) {
        return ASTHelpers.getSymbol(type) == symbol ? type : super.visitClass(type, null);
      }

      @Override
      public Tree reduce(Tree a, Tree b) {
        return a != null ? a : b;
      }
    }.scan(state.getPath().getCompilationUnit(), null);
  }
}
