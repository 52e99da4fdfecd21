package io.github.leakproof.errorprone.executor;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.LambdaExpressionTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.leakproof.errorprone.common.FieldVisibility;
import io.github.leakproof.errorprone.common.FindingSuppression;
import io.github.leakproof.errorprone.common.LeakproofChecker;
import io.github.leakproof.errorprone.common.Singletons;
import io.github.leakproof.errorprone.executor.PoolFields.PoolAssignment;
import io.github.leakproof.errorprone.ownership.Leak;
import io.github.leakproof.errorprone.ownership.Obligation;
import io.github.leakproof.errorprone.ownership.ObligationAnalysis;
import io.github.leakproof.errorprone.ownership.OwnershipRules;
import io.github.leakproof.errorprone.ownership.OwnershipRulesCache;
import io.github.leakproof.errorprone.ownership.PathOut;
import io.github.leakproof.model.PoolFamily;
import io.github.leakproof.model.ResourceCatalogue;
import io.github.leakproof.model.StrictMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * The three ownership rules for objects that own threads, shared by {@code ExecutorNotShutDown}
 * (thread pools) and {@code TimerNotStopped} (timers and scheduled pools); the {@link PoolFamily} says
 * which objects a check follows, what stops them, and how its findings read.
 *
 * <ol>
 *   <li><b>Local</b>: one made in a method and neither stopped nor handed on by the time the method
 *       returns (the same ownership dataflow as {@code ResourceNotClosed}). Only normal paths by
 *       default; exception paths with the family's strict word.
 *   <li><b>Field</b>: a field given a new one, where nothing in this file stops it and it does not
 *       escape. Only fields whose every use is in this file (private, or of a private class); static
 *       fields only with the family's strict word (they usually live as long as the application).
 *   <li><b>Replaced</b>: a method gives such a field a new one without first stopping, or even looking
 *       at, the old one, although the class does stop it elsewhere: the old one's threads run on. Not
 *       constructors and what only they call, nor lifecycle starts ({@code start()}, {@code doStart()}),
 *       which their framework calls once per stop.
 * </ol>
 */
public abstract class PoolOwnershipChecker extends LeakproofChecker
    implements MethodTreeMatcher, LambdaExpressionTreeMatcher, ClassTreeMatcher {
  private final PoolFamily family;
  private final boolean exceptionPaths;
  private final boolean staticFields;
  private final OwnershipRulesCache rules;

  protected PoolOwnershipChecker(ErrorProneFlags flags, PoolFamily family) {
    super(flags);
    this.family = family;
    this.exceptionPaths = options.values().isStrict(family.exceptionPathsMode());
    this.staticFields = options.values().isStrict(family.staticFieldsMode());
    this.rules =
        new OwnershipRulesCache(
            Obligation.Kind.POOL, family, ResourceCatalogue.of(options.values()),
            options.values().isStrict(StrictMode.IDLE_ENDING_POOLS));
  }

  /** The rules of the compilation unit at hand, for subclasses' own rules. */
  protected final OwnershipRules rules(VisitorState state) {
    return rules.get(state);
  }

  /**
   * True if the checked file stops {@code field} or gives it a new one of its own: then the field is
   * this class's to stop, and rules 2 and 3 judge it.
   */
  protected final boolean isStoppedOrMadeHere(VarSymbol field, VisitorState state) {
    VariableTree declaration =
        JavacTrees.instance(state.context).getTree(field) instanceof VariableTree tree ? tree : null;
    PoolFields facts = PoolFields.of(field, declaration, rules.get(state), state);
    return facts.isReleased() || facts.isGivenAPool();
  }

  // Rule 1: a local one, in a method or a lambda.
  @Override
  public Description matchMethod(MethodTree method, VisitorState state) {
    return checkBody(state);
  }

  @Override
  public Description matchLambdaExpression(LambdaExpressionTree lambda, VisitorState state) {
    return checkBody(state);
  }

  private Description checkBody(VisitorState state) {
    if (options.isValid() && (staticFields || !runsOncePerApplication(state))) {
      reportLocal(ObligationAnalysis.ofCurrent(rules.get(state), state), state);
    }
    return Description.NO_MATCH;
  }

  /**
   * A singleton's constructor runs once per application: what it starts is meant to run as long as the
   * application, like a pool in a static field ({@link io.github.leakproof.model.CaptureSinkCatalogue#livesForApplication}).
   */
  private static boolean runsOncePerApplication(VisitorState state) {
    return state.getPath().getLeaf() instanceof MethodTree method
        && Singletons.isSingletonConstructor(ASTHelpers.getSymbol(method));
  }

  // Rules 2 and 3: a field.
  @Override
  public Description matchClass(ClassTree type, VisitorState state) {
    if (!options.isValid()) {
      return Description.NO_MATCH;
    }
    for (Tree member : type.getMembers()) {
      if (member instanceof VariableTree declaration
          && ASTHelpers.getSymbol(declaration) instanceof VarSymbol field
          && isJudgedField(field, state)) {
        judgeField(field, declaration, state);
      }
    }
    return Description.NO_MATCH;
  }

  private boolean isJudgedField(VarSymbol field, VisitorState state) {
    if (field.getKind() != ElementKind.FIELD || field.type.isPrimitive()) {
      return false;
    }
    return family.isFieldType(rules.names(state).selfAndSupertypes(field.type))
        && FieldVisibility.allUsesInThisFile(field)
        && (staticFields || !field.getModifiers().contains(Modifier.STATIC) && !isSingletonField(field));
  }

  /** An instance field of a singleton lives as long as a static one. */
  private static boolean isSingletonField(VarSymbol field) {
    return field.owner instanceof ClassSymbol owner && Singletons.isSingleton(owner);
  }

  private void judgeField(VarSymbol field, VariableTree declaration, VisitorState state) {
    PoolFields facts = PoolFields.of(field, declaration, rules.get(state), state);
    if (!facts.isGivenAPool() || facts.escapes()) {
      return;
    }
    String name = field.getSimpleName().toString();
    if (!facts.isReleased()) {
      report(declaration, new TreePath(state.getPath(), declaration), family.fieldNeverStopped(name, rules.names(state).selfAndSupertypes(field.type)), state);
      return;
    }
    for (PoolAssignment assignment : facts.assignments()) {
      if (assignment.method() != null
          && !ConstructionOnly.runsOnlyWhileConstructing(assignment.method(), state.getPath().getCompilationUnit())
          && !startsLifecycle(assignment.method())
          && !facts.isGuardedOrPreceded(assignment)) {
        report(assignment.tree(), assignment.path(), family.fieldReplaced(name), state);
      }
    }
  }

  private boolean startsLifecycle(MethodTree method) {
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    if (symbol == null) {
      return false;
    }
    List<String> annotations = new ArrayList<>();
    symbol.getAnnotationMirrors().forEach(a -> annotations.add(a.getAnnotationType().toString()));
    return family.startsLifecycle(symbol.getSimpleName().toString(), annotations);
  }

  private void reportLocal(List<Leak> leaks, VisitorState state) {
    for (Leak leak : leaks) {
      if (leak.ownershipByFlag() || leak.onlyOnException() && !exceptionPaths) {
        continue;
      }
      PathOut exit = leak.firstReturn();
      Tree at = leak.obligation().acquisition();
      report(at, TreePath.getPath(state.getPath(), at),
          family.notStopped(leak.obligation().description(), exit == null ? 0 : exit.line()), state);
    }
  }

  /** Reports {@code message} at {@code tree} unless suppressed there. */
  protected final void report(Tree tree, TreePath path, String message, VisitorState state) {
    if (path != null && FindingSuppression.isSuppressed(path, family.check(), Set.of(), state)) {
      return;
    }
    state.reportMatch(finding(tree, state).setMessage(message).build());
  }
}
