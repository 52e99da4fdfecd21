package io.github.leakproof.errorprone.listener;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.leakproof.model.ListenerCatalogue;
import io.github.leakproof.model.ListenerCatalogue.SourceKind;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Whether the source a listener is added to may outlive the object adding it ({@link SourceKind}). It
 * is shared when it is static (a static field, an enum constant, a static registration method such as
 * {@code UIManager.addPropertyChangeListener}), a shared instance ({@code getInstance()}) or an injected
 * field; the caller's when it is a parameter of a constructor or non-private method of a class other
 * files can use (someone else's object), or a field given one (and no new object of its own). It is
 * the object's own when the object made it itself ({@code new}: a child component), when it is the
 * object itself, or when it comes
 * from somewhere this check cannot see (a getter's result, a parameter of a private helper, of a
 * private class or of a lambda): precision first.
 */
final class SourceLifetime {
  private static final int MAX_DEPTH = 3;

  private final UnitFacts facts;

  SourceLifetime(UnitFacts facts) {
    this.facts = facts;
  }

  /**
   * @param registration the registering method
   * @param receiver the source expression, or null for an unqualified call
   * @param path the path of the registering call
   */
  SourceKind kindOf(MethodSymbol registration, ExpressionTree receiver, TreePath path) {
    if (registration.isStatic()) {
      return SourceKind.SHARED;
    }
    return receiver == null ? SourceKind.OWN : kindOf(receiver, path, 0);
  }

  private SourceKind kindOf(ExpressionTree tree, TreePath path, int depth) {
    ExpressionTree source = ASTHelpers.stripParentheses(tree);
    if (source instanceof TypeCastTree cast) {
      return kindOf(cast.getExpression(), path, depth);
    }
    if (Capture.isThis(source)) {
      return SourceKind.OWN;
    }
    if (source instanceof MethodInvocationTree call) {
      MethodSymbol method = ASTHelpers.getSymbol(call);
      return method != null
              && method.isStatic()
              && method.getParameters().isEmpty()
              && ListenerCatalogue.isSingletonAccessor(method.getSimpleName().toString())
          ? SourceKind.SHARED
          : SourceKind.OWN;
    }
    if (!(ASTHelpers.getSymbol(source) instanceof VarSymbol variable)) {
      return SourceKind.OWN;
    }
    switch (variable.getKind()) {
      case ENUM_CONSTANT:
        return SourceKind.SHARED;
      case FIELD:
        if (variable.isStatic()) {
          return SourceKind.SHARED;
        }
        boolean ownField = source instanceof IdentifierTree
            || source instanceof MemberSelectTree select && Capture.isThis(ASTHelpers.stripParentheses(select.getExpression()));
        return ownField && depth < MAX_DEPTH ? receivedFieldKind(variable, path, depth) : SourceKind.OWN;
      case PARAMETER:
        return isCallersObject(variable, path) ? SourceKind.CALLERS : SourceKind.OWN;
      case LOCAL_VARIABLE:
        SourceKind kind = SourceKind.OWN;
        if (depth < MAX_DEPTH) {
          for (ExpressionTree value : facts.valuesOf(variable)) {
            kind = kind.or(kindOf(value, path, depth + 1));
          }
        }
        return kind;
      default:
        return SourceKind.OWN;
    }
  }

  /**
   * A field injected, or given a long-lived value (a parameter, a static, a shared instance) — and
   * never a new object made here: a field the object fills itself is its own, even with a setter.
   */
  private SourceKind receivedFieldKind(VarSymbol field, TreePath path, int depth) {
    for (Attribute.Compound annotation : field.getAnnotationMirrors()) {
      if (ListenerCatalogue.isInjection(annotation.type.tsym.getQualifiedName().toString())) {
        return SourceKind.SHARED;
      }
    }
    for (ExpressionTree value : facts.valuesOf(field)) {
      if (ASTHelpers.stripParentheses(value) instanceof NewClassTree) {
        return SourceKind.OWN; // the object makes its own (a child component a setter may replace)
      }
    }
    SourceKind kind = SourceKind.OWN;
    for (ExpressionTree value : facts.valuesOf(field)) {
      TreePath valuePath = TreePath.getPath(path.getCompilationUnit(), value);
      if (valuePath != null) {
        kind = kind.or(kindOf(value, valuePath, depth + 1));
      }
    }
    return kind;
  }

  /**
   * A parameter of a constructor or of a method others call: the caller's object. A lambda's
   * parameter, a private helper's, or one of a private, local or anonymous class, is left alone: its
   * caller is in this file, and often hands it the object's own child.
   */
  private static boolean isCallersObject(VarSymbol parameter, TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof LambdaExpressionTree lambda) {
        for (VariableTree declared : lambda.getParameters()) {
          if (ASTHelpers.getSymbol(declared) == parameter) {
            return false;
          }
        }
      }
    }
    Symbol owner = parameter.owner;
    if (!(owner instanceof MethodSymbol method)) {
      return false;
    }
    boolean calledFromOtherFiles = method.getKind() == ElementKind.CONSTRUCTOR
        || !method.getModifiers().contains(Modifier.PRIVATE);
    return calledFromOtherFiles && !isOnlyUsedInItsFile(method.enclClass());
  }

  /** A private, local or anonymous class (or one inside such a class): only this file makes it. */
  private static boolean isOnlyUsedInItsFile(ClassSymbol cls) {
    for (Symbol s = cls; s instanceof ClassSymbol c; s = c.owner) {
      if (c.getModifiers().contains(Modifier.PRIVATE) || c.isDirectlyOrIndirectlyLocal() || c.isAnonymous()) {
        return true;
      }
    }
    return false;
  }
}
