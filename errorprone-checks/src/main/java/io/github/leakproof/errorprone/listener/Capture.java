package io.github.leakproof.errorprone.listener;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.leakproof.errorprone.common.AnyMatch;
import io.github.leakproof.model.ListenerCatalogue;
import javax.lang.model.element.ElementKind;

/**
 * Whether a listener keeps the registering object alive: {@code this}; an anonymous or inner class
 * instance whose body really uses the enclosing instance (since JDK 18 javac drops the reference from
 * classes that do not); a lambda that uses {@code this} or an instance member; a method reference on
 * {@code this}; a field or local variable given such a value; or an object built around one (unless it
 * holds it weakly: {@link ListenerCatalogue#isWeakWrapper}). A listener from elsewhere (a parameter, a
 * call's result) is not known to hold anything, and counts as not holding.
 */
final class Capture {
  /** Fields and locals are followed this many steps: a listener field's value, the local it came from. */
  private static final int MAX_DEPTH = 3;

  private final UnitFacts facts;
  private final VisitorState state;

  Capture(UnitFacts facts, VisitorState state) {
    this.facts = facts;
    this.state = state;
  }

  boolean holdsThis(ExpressionTree listener) {
    return holdsThis(listener, 0);
  }

  private boolean holdsThis(ExpressionTree tree, int depth) {
    ExpressionTree listener = ASTHelpers.stripParentheses(tree);
    if (listener instanceof TypeCastTree cast) {
      return holdsThis(cast.getExpression(), depth);
    }
    if (isThis(listener)) {
      return true;
    }
    if (listener instanceof LambdaExpressionTree lambda) {
      return usesEnclosingInstance(lambda.getBody(), null);
    }
    if (listener instanceof MemberReferenceTree reference) {
      return isThis(ASTHelpers.stripParentheses(reference.getQualifierExpression()));
    }
    if (listener instanceof NewClassTree creation) {
      return createdObjectHoldsThis(creation, depth);
    }
    if (depth < MAX_DEPTH && ASTHelpers.getSymbol(listener) instanceof VarSymbol variable && isOwnVariable(listener, variable)) {
      for (ExpressionTree value : facts.valuesOf(variable)) {
        if (holdsThis(value, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean createdObjectHoldsThis(NewClassTree creation, int depth) {
    Type type = ASTHelpers.getType(creation);
    if (type == null || !(type.tsym instanceof ClassSymbol created)) {
      return false;
    }
    if (ListenerCatalogue.isWeakWrapper(created.flatName().toString())) {
      return false;
    }
    if (creation.getClassBody() != null) {
      if (usesEnclosingInstance(creation.getClassBody(), ASTHelpers.getSymbol(creation.getClassBody()))) {
        return true;
      }
    } else if (created.hasOuterInstance() && creation.getEnclosingExpression() == null) {
      ClassTree declaration = JavacTrees.instance(state.context).getTree(created);
      // Declared in another file: its body is not in view; an inner class is taken to use its outer.
      if (declaration == null || usesEnclosingInstance(declaration, created)) {
        return true;
      }
    }
    for (ExpressionTree argument : creation.getArguments()) {
      if (holdsThis(argument, depth + 1)) {
        return true; // a forwarding listener built around this
      }
    }
    return false;
  }

  /** A field of this object (unqualified or {@code this.f}) or a local variable. */
  private static boolean isOwnVariable(ExpressionTree reference, VarSymbol variable) {
    if (variable.getKind() == ElementKind.LOCAL_VARIABLE) {
      return true;
    }
    if (variable.getKind() != ElementKind.FIELD || variable.isStatic()) {
      return false;
    }
    return reference instanceof IdentifierTree
        || reference instanceof MemberSelectTree select && isThis(ASTHelpers.stripParentheses(select.getExpression()));
  }

  /** {@code this}, {@code super} or {@code Outer.this}. */
  static boolean isThis(Tree tree) {
    if (tree instanceof IdentifierTree identifier) {
      return identifier.getName().contentEquals("this") || identifier.getName().contentEquals("super");
    }
    return tree instanceof MemberSelectTree select
        && (select.getIdentifier().contentEquals("this") || select.getIdentifier().contentEquals("super"));
  }

  /**
   * True if {@code body} (a lambda's body, or the body of a class {@code self}) uses the instance it is
   * written in: {@code this} (for a lambda), {@code Outer.this}, an instance member of an enclosing
   * class, or a new inner class instance of an enclosing class.
   */
  private boolean usesEnclosingInstance(Tree body, ClassSymbol self) {
    Boolean uses =
        new AnyMatch() {
          @Override
          public Boolean visitIdentifier(IdentifierTree identifier, Void unused) {
            if (identifier.getName().contentEquals("this") || identifier.getName().contentEquals("super")) {
              return self == null;
            }
            return isOuterMember(ASTHelpers.getSymbol(identifier), self);
          }

          @Override
          public Boolean visitMemberSelect(MemberSelectTree select, Void unused) {
            if (isThis(select)) {
              return self == null || ASTHelpers.getSymbol(select.getExpression()) != self;
            }
            return super.visitMemberSelect(select, unused);
          }

          @Override
          public Boolean visitNewClass(NewClassTree creation, Void unused) {
            Type type = ASTHelpers.getType(creation);
            if (creation.getEnclosingExpression() == null
                && creation.getClassBody() == null
                && type != null
                && type.tsym instanceof ClassSymbol created
                && created.hasOuterInstance()
                && (self == null || !isInside(created, self))) {
              return true;
            }
            return super.visitNewClass(creation, unused);
          }
        }.scan(body, null);
    return Boolean.TRUE.equals(uses);
  }

  /** An instance field or method that is not the judged class's own (nor inherited by it). */
  private boolean isOuterMember(Symbol symbol, ClassSymbol self) {
    if (symbol == null || symbol.isStatic() || !(symbol.owner instanceof ClassSymbol owner)) {
      return false;
    }
    boolean member = symbol.getKind() == ElementKind.FIELD
        || symbol instanceof MethodSymbol method && method.getKind() == ElementKind.METHOD;
    if (!member) {
      return false;
    }
    return self == null || (!self.isSubClass(owner, state.getTypes()) && !isInside(owner, self));
  }

  private static boolean isInside(Symbol symbol, ClassSymbol outer) {
    for (Symbol s = symbol; s != null; s = s.owner) {
      if (s == outer) {
        return true;
      }
    }
    return false;
  }
}
