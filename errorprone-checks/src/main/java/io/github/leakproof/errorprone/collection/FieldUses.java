package io.github.leakproof.errorprone.collection;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.leakproof.errorprone.common.BodyMatcher;
import io.github.leakproof.errorprone.ownership.TypeNames;
import io.github.leakproof.model.CollectionCatalogue;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Everything a compilation unit does with the collection fields of one class, in one scan: where each
 * grows at run time, whether anything shrinks it (a removing call, a removal through a view, a new
 * collection assigned at run time), whether it escapes to code that might (returned, stored elsewhere,
 * passed to a call that does more than read it), and whether its initial value is bounded or weak.
 * Uses through a local copy ({@code Map<K, V> m = CACHE;}) count as uses of the field.
 */
final class FieldUses {
  /** What the code does with one field. */
  static final class Facts {
    final VarSymbol field;
    final boolean isStatic;
    Tree firstGrowth;
    String growthMethod;
    /** Grown at run time by something other than get-or-create: not only a memo cache. */
    boolean growsBeyondMemo;
    boolean shrinks;
    boolean escapes;
    boolean boundedValue;

    Facts(VarSymbol field) {
      this.field = field;
      this.isStatic = field.isStatic();
    }
  }

  private final Map<Symbol, Facts> facts;
  private final Map<Symbol, Facts> aliases = new HashMap<>();
  private final Initialisation initialisation;
  private final BoundedValues bounded;
  private final TypeNames names;

  private FieldUses(Map<Symbol, Facts> facts, Initialisation initialisation, BoundedValues bounded, TypeNames names) {
    this.facts = facts;
    this.initialisation = initialisation;
    this.bounded = bounded;
    this.names = names;
  }

  static void scan(
      Map<Symbol, Facts> facts, TreePath unit, Initialisation initialisation, BoundedValues bounded, TypeNames names) {
    FieldUses uses = new FieldUses(facts, initialisation, bounded, names);
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        Facts declared = facts.get(ASTHelpers.getSymbol(variable));
        if (declared != null && variable.getInitializer() != null && bounded.isBounded(variable.getInitializer())) {
          declared.boundedValue = true;
        }
        return super.visitVariable(variable, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        uses.use(getCurrentPath());
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        uses.use(getCurrentPath());
        return super.visitMemberSelect(tree, unused);
      }
    }.scan(unit, null);
  }

  /** One mention of a field, or of a local copy of it, judged by where it stands. */
  private void use(TreePath path) {
    Symbol symbol = ASTHelpers.getSymbol(path.getLeaf());
    Facts field = factsOf((ExpressionTree) path.getLeaf());
    if (field == null) {
      return;
    }
    TreePath at = outermost(path);
    Tree self = at.getLeaf();
    Tree parent = at.getParentPath().getLeaf();
    switch (parent) {
      case MemberSelectTree select when select.getExpression() == self
          && at.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call -> {
        calledOn(field, select.getIdentifier().toString(), call, at.getParentPath().getParentPath());
      }
      case MemberSelectTree unusedSelect -> {} // FIELD.length and the like: a read
      case MemberReferenceTree reference when reference.getQualifierExpression() == self -> {
        switch (CollectionCatalogue.effectOf(reference.getName().toString())) {
          case GROWS -> grows(field, reference.getName().toString(), reference, at);
          case SHRINKS -> field.shrinks = true;
          case VIEW -> field.escapes = true;
          case READS -> {}
        }
      }
      case MethodInvocationTree call when call.getArguments().contains(self) -> {
        MethodSymbol callee = ASTHelpers.getSymbol(call);
        if (callee == null || !CollectionCatalogue.readsArgument(callee.getSimpleName().toString(),
            names.selfAndSupertypes(callee.owner.type))) {
          field.escapes = true;
        }
      }
      case NewClassTree creation when creation.getArguments().contains(self) -> {
        MethodSymbol constructor = ASTHelpers.getSymbol(creation);
        if (constructor == null
            || !CollectionCatalogue.readsArgument("<init>", names.selfAndSupertypes(constructor.owner.type))) {
          field.escapes = true;
        }
      }
      case AssignmentTree assignment when assignment.getVariable() == self -> {
        if (symbol.equals(field.field)) {
          assigned(field, assignment.getExpression(), at);
        }
      }
      case AssignmentTree assignment -> copyTo(field, assignment.getVariable());
      case VariableTree variable when variable.getInitializer() == self -> copyTo(field, variable);
      case EnhancedForLoopTree loop when loop.getExpression() == self -> {
        if (removesInSameBody(at)) {
          field.shrinks = true; // the loop takes an iterator(), a view like any other
        }
      }
      case SynchronizedTree unusedLock -> {}
      case BinaryTree unusedComparison -> {}
      case InstanceOfTree unusedTest -> {}
      case ConditionalExpressionTree condition when condition.getCondition() == self -> {}
      default -> field.escapes = true; // returned, in an array, captured as a lambda's value…
    }
  }

  private void calledOn(Facts field, String method, MethodInvocationTree call, TreePath callPath) {
    switch (CollectionCatalogue.effectOf(method)) {
      case GROWS -> grows(field, method, call, callPath);
      case SHRINKS -> field.shrinks = true;
      case VIEW -> {
        if (removesInSameBody(callPath)) {
          field.shrinks = true;
        }
      }
      case READS -> {}
    }
  }

  private void grows(Facts field, String method, Tree at, TreePath path) {
    MethodTree enclosing = enclosingMethod(path);
    if (initialisation.isInitialising(path, field.isStatic, (ClassSymbol) field.field.owner)
        || enclosing != null && registersExitHook(enclosing)) {
      return;
    }
    boolean memo = CollectionCatalogue.isMemoGrowth(method) || isMemoPut(field, method, at, path, enclosing);
    if (field.firstGrowth == null || !memo && !field.growsBeyondMemo) {
      field.firstGrowth = at; // the first growth, or the first that is not a memo cache's: what a default finding is about
      field.growthMethod = method;
    }
    field.growsBeyondMemo |= !memo;
  }

  /** The put's value is declared as an interface or an abstract class: a pluggable strategy. */
  private static boolean isAbstractValue(MethodInvocationTree put) {
    if (put.getArguments().size() < 2) {
      return false;
    }
    Symbol value = ASTHelpers.getSymbol(put.getArguments().get(1));
    return value != null
        && value.type != null
        && value.type.tsym != null
        && (value.type.tsym.isInterface() || value.type.tsym.getModifiers().contains(Modifier.ABSTRACT));
  }

  /**
   * A put that counts as memo growth: a keyed setting (a {@code put} of the method's own parameters, in a
   * setter or of a strategy), or a get-or-create spelled out by hand ({@link GuardedPuts}).
   */
  private boolean isMemoPut(Facts field, String method, Tree at, TreePath path, MethodTree enclosing) {
    if (enclosing == null || !(at instanceof MethodInvocationTree call) || call.getArguments().isEmpty()) {
      return false;
    }
    return CollectionCatalogue.isKeyedSetting(enclosing.getName().toString(), method, isAbstractValue(call))
            && call.getArguments().stream().allMatch(argument -> isParameterOf(argument, enclosing))
        || CollectionCatalogue.isGuardablePut(method)
            && GuardedPuts.isGuarded(path, call, enclosing, field, this::factsOf);
  }

  /** The field a receiver reads, directly or through a local copy, or null. */
  private Facts factsOf(ExpressionTree receiver) {
    Symbol symbol = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(receiver));
    return symbol == null ? null : facts.containsKey(symbol) ? facts.get(symbol) : aliases.get(symbol);
  }

  /** The method whose own body holds {@code path} (null inside a lambda or a class body's initialiser). */
  private static MethodTree enclosingMethod(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof ClassTree) {
        return null;
      }
      if (p.getLeaf() instanceof MethodTree method) {
        return method;
      }
    }
    return null;
  }

  private static boolean registersExitHook(MethodTree method) {
    return method.getBody() != null
        && new BodyMatcher() {
          @Override
          public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
            MethodSymbol callee = ASTHelpers.getSymbol(call);
            return callee != null
                    && CollectionCatalogue.isExitRegistration(
                        callee.owner.getQualifiedName().toString(), callee.getSimpleName().toString())
                || inside(super.visitMethodInvocation(call, unused));
          }
        }.matchesIn(method.getBody());
  }

  private static boolean isParameterOf(ExpressionTree argument, MethodTree method) {
    Symbol symbol = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(argument));
    return symbol != null
        && method.getParameters().stream().anyMatch(p -> ASTHelpers.getSymbol(p) == symbol);
  }

  private void assigned(Facts field, ExpressionTree value, TreePath at) {
    if (initialisation.isInitialising(at, field.isStatic, (ClassSymbol) field.field.owner)) {
      field.boundedValue |= bounded.isBounded(value);
    } else {
      field.shrinks = true; // a new collection at run time: a reset
    }
  }

  /**
   * A view ({@code keySet()}, {@code iterator()}…) taken in a method (or lambda) that also calls a
   * removing method on something: taken to remove through the view ({@code it.remove()}, {@code
   * keySet().removeIf(…)}). The same rule as the bytecode front end, which cannot follow the view.
   */
  private static boolean removesInSameBody(TreePath path) {
    Tree body = null;
    for (TreePath p = path; p != null && body == null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree || p.getLeaf() instanceof LambdaExpressionTree) {
        body = p.getLeaf();
      }
    }
    Tree scope = body instanceof MethodTree method ? method.getBody()
        : body instanceof LambdaExpressionTree lambda ? lambda.getBody() : path.getLeaf();
    return new BodyMatcher() {
      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        return ASTHelpers.getReceiver(call) != null
                && CollectionCatalogue.removesThroughView(ASTHelpers.getSymbol(call) == null ? ""
                    : ASTHelpers.getSymbol(call).getSimpleName().toString())
            || inside(super.visitMethodInvocation(call, unused));
      }
    }.matchesIn(scope);
  }

  /** {@code local = field}: uses of the local count as uses of the field; a copy in another field escapes. */
  private void copyTo(Facts field, Tree target) {
    Symbol copy = ASTHelpers.getSymbol(target);
    if (copy != null && copy.getKind() == ElementKind.LOCAL_VARIABLE) {
      aliases.put(copy, field);
    } else if (copy == null || !copy.equals(field.field)) {
      field.escapes = true;
    }
  }

  /** The expression around {@code path}'s leaf once parentheses, casts and conditional branches are left behind. */
  private static TreePath outermost(TreePath path) {
    TreePath at = path;
    while (at.getParentPath().getLeaf() instanceof ParenthesizedTree
        || at.getParentPath().getLeaf() instanceof TypeCastTree
        || at.getParentPath().getLeaf() instanceof ConditionalExpressionTree c && c.getCondition() != at.getLeaf()) {
      at = at.getParentPath();
    }
    return at;
  }
}
