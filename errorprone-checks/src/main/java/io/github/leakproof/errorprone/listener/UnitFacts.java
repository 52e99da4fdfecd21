package io.github.leakproof.errorprone.listener;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a compilation unit does that the rules ask about, gathered in one pass on first need: every
 * value given to each variable (declaration initialisers and assignments), and every method called or
 * referenced anywhere in the file, with the top-level class it is called from and whether it is given
 * the caller itself ({@code src.removeXListener(this)}).
 */
final class UnitFacts {
  private final Map<Symbol, List<ExpressionTree>> valuesOf = new HashMap<>();
  /** A call (or method reference) of {@code method} in {@code topLevel}; {@code ofItself} if given {@code this}. */
  record Call(MethodSymbol method, Symbol topLevel, boolean ofItself) {}

  private final List<Call> called = new ArrayList<>();

  private UnitFacts() {}

  static UnitFacts of(CompilationUnitTree unit) {
    UnitFacts facts = new UnitFacts();
    new TreeScanner<Void, Symbol>() {
      @Override
      public Void visitVariable(VariableTree tree, Symbol topLevel) {
        if (tree.getInitializer() != null) {
          facts.value(ASTHelpers.getSymbol(tree), tree.getInitializer());
        }
        return super.visitVariable(tree, topLevel);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Symbol topLevel) {
        facts.value(ASTHelpers.getSymbol(tree.getVariable()), tree.getExpression());
        return super.visitAssignment(tree, topLevel);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Symbol topLevel) {
        boolean ofItself = !tree.getArguments().isEmpty()
            && tree.getArguments().stream().allMatch(a -> Capture.isThis(ASTHelpers.stripParentheses(a)));
        facts.call(ASTHelpers.getSymbol(tree), topLevel, ofItself);
        return super.visitMethodInvocation(tree, topLevel);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree tree, Symbol topLevel) {
        if (ASTHelpers.getSymbol(tree) instanceof MethodSymbol method) {
          facts.call(method, topLevel, false);
        }
        return super.visitMemberReference(tree, topLevel);
      }

      @Override
      public Void visitClass(ClassTree tree, Symbol topLevel) {
        return super.visitClass(tree, topLevel != null ? topLevel : ASTHelpers.getSymbol(tree));
      }
    }.scan(unit, null);
    return facts;
  }

  /** Every value this unit gives {@code variable}: its initialiser and the right sides of assignments. */
  List<ExpressionTree> valuesOf(Symbol variable) {
    return valuesOf.getOrDefault(variable, List.of());
  }

  /** The methods called (or referenced) anywhere in the file, in every class and lambda. */
  List<Call> called() {
    return called;
  }

  private void value(Symbol variable, ExpressionTree value) {
    if (variable != null) {
      valuesOf.computeIfAbsent(variable, v -> new ArrayList<>()).add(value);
    }
  }

  private void call(MethodSymbol method, Symbol topLevel, boolean ofItself) {
    if (method != null) {
      called.add(new Call(method, topLevel, ofItself));
    }
  }
}
