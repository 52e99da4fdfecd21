package io.github.leakproof.errorprone.timer;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.leakproof.errorprone.common.AnyMatch;
import io.github.leakproof.errorprone.ownership.OwnershipRules;
import io.github.leakproof.errorprone.ownership.TypeNames;
import io.github.leakproof.model.TimerCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;

/**
 * {@code TimerNotStopped}'s fourth rule: a periodic task started from an instance method with its
 * handle dropped, on a scheduler its class does not own, in a class with a lifecycle end. Each
 * condition keeps the rule to the real leak:
 *
 * <ul>
 *   <li>dropped: a {@code ScheduledFuture} not kept (the call is a statement of its own), or a
 *       {@code TimerTask} made in the call itself — a kept handle may be cancelled;
 *   <li>an instance method: the object that started it has a life that ends;
 *   <li>not owned: a scheduler this class stops, or makes itself (then the ownership rules judge it),
 *       takes its tasks down with it; a local one is judged by the local rule;
 *   <li>a lifecycle end: without one, the object is meant to live as long as what it runs on.
 * </ul>
 */
final class PeriodicTasks {
  /** Names that may start a periodic task; the catalogue decides from the overload. */
  private static final Set<String> NAMES = Set.of("scheduleAtFixedRate", "scheduleWithFixedDelay", "schedule");

  /** A dropped periodic task: the call's name and the lifecycle end that cannot cancel it. */
  record Dropped(String call, String lifecycleEnd) {}

  private PeriodicTasks() {}

  static boolean mayStartPeriodicTask(MethodInvocationTree call) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return method != null && NAMES.contains(method.getSimpleName().toString()) && ASTHelpers.getReceiver(call) != null;
  }

  /**
   * The dropped task {@code call} starts, or null.
   *
   * @param ownedField true for a field this class stops or gives a new timer or scheduled pool
   */
  static Dropped dropped(
      MethodInvocationTree call, OwnershipRules rules, VisitorState state, Predicate<VarSymbol> ownedField) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    ExpressionTree receiver = strip(ASTHelpers.getReceiver(call));
    if (method == null || receiver == null || ASTHelpers.getType(receiver) == null) {
      return null;
    }
    TypeNames names = new TypeNames(state.getTypes());
    List<String> owner = names.selfAndSupertypes(ASTHelpers.getType(receiver));
    String name = method.getSimpleName().toString();
    if (!TimerCatalogue.isPeriodic(name, owner, names.erasedNames(method.type.getParameterTypes()))
        || !handleDropped(call, owner, state)) {
      return null;
    }
    ClassTree type = classOfInstanceMethod(state.getPath());
    if (type == null) {
      return null;
    }
    String end = lifecycleEnd(type);
    if (end == null || ownedByThisClass(receiver, type, rules, ownedField)) {
      return null;
    }
    return new Dropped(name, end);
  }

  /**
   * The class whose instance method (or a lambda in one) {@code path} is in; null in a static method,
   * an initialiser, or a field's initialiser.
   */
  private static ClassTree classOfInstanceMethod(TreePath path) {
    MethodTree method = null;
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (method == null && p.getLeaf() instanceof MethodTree m) {
        method = m;
      } else if (p.getLeaf() instanceof ClassTree type) {
        MethodSymbol symbol = method == null ? null : ASTHelpers.getSymbol(method);
        return symbol != null && !symbol.isStatic() ? type : null;
      }
    }
    return null;
  }

  /**
   * The future is not kept (a statement of its own, or the body of a lambda returning nothing), or the
   * timer task is made in the call.
   */
  private static boolean handleDropped(MethodInvocationTree call, List<String> owner, VisitorState state) {
    if (TimerCatalogue.isTimer(owner)) {
      return !call.getArguments().isEmpty() && strip(call.getArguments().get(0)) instanceof NewClassTree;
    }
    TreePath at = state.getPath();
    while (at.getParentPath().getLeaf() instanceof ParenthesizedTree) {
      at = at.getParentPath();
    }
    Tree parent = at.getParentPath().getLeaf();
    if (parent instanceof LambdaExpressionTree lambda && lambda.getBody() == at.getLeaf()) {
      Type type = ASTHelpers.getType(lambda);
      Type descriptor = type == null ? null : state.getTypes().findDescriptorType(type);
      return descriptor != null && descriptor.getReturnType().getKind() == TypeKind.VOID;
    }
    return parent instanceof ExpressionStatementTree;
  }

  /** The name of {@code type}'s own lifecycle end (an instance method), or null. */
  private static String lifecycleEnd(ClassTree type) {
    for (Tree member : type.getMembers()) {
      if (member instanceof MethodTree m
          && ASTHelpers.getSymbol(m) instanceof MethodSymbol symbol
          && !symbol.isStatic()
          && TimerCatalogue.isLifecycleEnd(symbol.getSimpleName().toString(), annotations(symbol))) {
        return symbol.getSimpleName().toString();
      }
    }
    return null;
  }

  private static List<String> annotations(MethodSymbol method) {
    List<String> names = new ArrayList<>();
    method.getAnnotationMirrors().forEach(a -> names.add(a.getAnnotationType().toString()));
    return names;
  }

  /**
   * True if the scheduler is one this class is in charge of: a local (the local rule's), {@code this},
   * a field it stops or makes, or a getter whose result it stops.
   */
  private static boolean ownedByThisClass(
      ExpressionTree receiver, ClassTree type, OwnershipRules rules, Predicate<VarSymbol> ownedField) {
    Symbol symbol = ASTHelpers.getSymbol(receiver);
    if (symbol == null) {
      return true; // not a name we can follow: stay quiet
    }
    if (symbol instanceof VarSymbol variable) {
      if (variable.getKind() == ElementKind.PARAMETER) {
        // this.scheduler = scheduler: the parameter is the field the class may be in charge of
        VarSymbol field = fieldStoredFrom(type, variable);
        return stoppedIn(type, symbol, rules)
            || field != null && (ownedField.test(field) || stoppedIn(type, field, rules));
      }
      if (variable.getKind() == ElementKind.FIELD) {
        return ownedField.test(variable) || stoppedIn(type, symbol, rules);
      }
      return true; // a local variable, this, super
    }
    if (symbol instanceof MethodSymbol) {
      return stoppedIn(type, symbol, rules);
    }
    return true;
  }

  /** The field {@code type} stores {@code parameter} in ({@code this.scheduler = scheduler}), or null. */
  private static VarSymbol fieldStoredFrom(ClassTree type, VarSymbol parameter) {
    VarSymbol[] stored = {null};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree assignment, Void unused) {
        if (parameter.equals(ASTHelpers.getSymbol(strip(assignment.getExpression())))
            && ASTHelpers.getSymbol(assignment.getVariable()) instanceof VarSymbol target
            && target.getKind() == ElementKind.FIELD) {
          stored[0] = target;
        }
        return super.visitAssignment(assignment, unused);
      }
    }.scan(type, null);
    return stored[0];
  }

  /** True if {@code type} stops what {@code symbol} (a field, parameter or getter) gives, anywhere. */
  private static boolean stoppedIn(ClassTree type, Symbol symbol, OwnershipRules rules) {
    Boolean found =
        new AnyMatch() {
          @Override
          public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
            ExpressionTree on = strip(ASTHelpers.getReceiver(call));
            MethodSymbol called = ASTHelpers.getSymbol(call);
            boolean stops = called != null && on != null && symbol.equals(ASTHelpers.getSymbol(on))
                && rules.releasesReceiver(called.getSimpleName().toString());
            return stops || Boolean.TRUE.equals(super.visitMethodInvocation(call, unused));
          }

          @Override
          public Boolean visitMemberReference(MemberReferenceTree reference, Void unused) {
            ExpressionTree on = strip(reference.getQualifierExpression());
            return symbol.equals(ASTHelpers.getSymbol(on)) && rules.releasesReceiver(reference.getName().toString())
                || Boolean.TRUE.equals(super.visitMemberReference(reference, unused));
          }
        }.scan(type, null);
    return Boolean.TRUE.equals(found);
  }

  private static ExpressionTree strip(ExpressionTree expression) {
    ExpressionTree e = expression;
    while (e instanceof ParenthesizedTree parenthesized) {
      e = parenthesized.getExpression();
    }
    return e;
  }
}
