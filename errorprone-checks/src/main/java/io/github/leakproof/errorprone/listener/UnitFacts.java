package io.github.leakproof.errorprone.listener;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
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
 * referenced anywhere in the file.
 */
final class UnitFacts {
  private final Map<Symbol, List<ExpressionTree>> valuesOf = new HashMap<>();
  private final List<MethodSymbol> called = new ArrayList<>();

  private UnitFacts() {}

  static UnitFacts of(CompilationUnitTree unit) {
    UnitFacts facts = new UnitFacts();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (tree.getInitializer() != null) {
          facts.value(ASTHelpers.getSymbol(tree), tree.getInitializer());
        }
        return super.visitVariable(tree, unused);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        facts.value(ASTHelpers.getSymbol(tree.getVariable()), tree.getExpression());
        return super.visitAssignment(tree, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        facts.call(ASTHelpers.getSymbol(tree));
        return super.visitMethodInvocation(tree, unused);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree) instanceof MethodSymbol method) {
          facts.call(method);
        }
        return super.visitMemberReference(tree, unused);
      }
    }.scan(unit, null);
    return facts;
  }

  /** Every value this unit gives {@code variable}: its initialiser and the right sides of assignments. */
  List<ExpressionTree> valuesOf(Symbol variable) {
    return valuesOf.getOrDefault(variable, List.of());
  }

  /** The methods called (or referenced) anywhere in the file, in every class and lambda. */
  List<MethodSymbol> called() {
    return called;
  }

  private void value(Symbol variable, ExpressionTree value) {
    if (variable != null) {
      valuesOf.computeIfAbsent(variable, v -> new ArrayList<>()).add(value);
    }
  }

  private void call(MethodSymbol method) {
    if (method != null) {
      called.add(method);
    }
  }
}
