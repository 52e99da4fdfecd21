package io.github.leakproof.errorprone.executor;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
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
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.leakproof.errorprone.common.FieldVisibility;
import io.github.leakproof.errorprone.common.FindingSuppression;
import io.github.leakproof.errorprone.common.LeakproofChecker;
import io.github.leakproof.errorprone.executor.PoolFields.PoolAssignment;
import io.github.leakproof.errorprone.ownership.Leak;
import io.github.leakproof.errorprone.ownership.Obligation;
import io.github.leakproof.errorprone.ownership.ObligationAnalysis;
import io.github.leakproof.errorprone.ownership.OwnershipRules;
import io.github.leakproof.errorprone.ownership.OwnershipRulesCache;
import io.github.leakproof.errorprone.ownership.PathOut;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.ExecutorCatalogue;
import io.github.leakproof.model.ResourceCatalogue;
import io.github.leakproof.model.ResourceMessages;
import io.github.leakproof.model.StrictMode;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * A thread pool that is never shut down.
 *
 * <p>A pool's worker threads are garbage-collection roots: a pool nobody shuts down keeps its threads,
 * its queue and everything its tasks reference alive, and non-daemon workers keep the JVM from
 * exiting. Scheduled pools are {@code TimerNotStopped}'s; this check judges the others, three ways:
 *
 * <ol>
 *   <li><b>Local</b>: a pool created in a method and neither shut down nor handed on by the time the
 *       method returns (the same ownership dataflow as {@code ResourceNotClosed}). Only normal paths by
 *       default; exception paths with {@code Leakproof:Strict=executor-exception-paths}.
 *   <li><b>Field</b>: a field given a new pool, where nothing in this file shuts it down and it does not
 *       escape. Only fields whose every use is in this file (private, or of a private class); static
 *       fields only with {@code Leakproof:Strict=static-executors} (they usually live as long as the
 *       application).
 *   <li><b>Replaced</b>: a method gives such a field a new pool without first shutting down or even
 *       looking at the old one, although the class does shut it down elsewhere: the old pool's
 *       threads run on.
 * </ol>
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Thread pool never shut down: its threads, and everything they reference, stay alive",
    severity = ERROR,
    linkType = CUSTOM,
    link = Check.DOCS_BASE + "ExecutorNotShutDown.md")
public final class ExecutorNotShutDown extends LeakproofChecker
    implements MethodTreeMatcher, LambdaExpressionTreeMatcher, ClassTreeMatcher {
  private static final Check CHECK = Check.EXECUTOR_NOT_SHUT_DOWN;

  private final boolean exceptionPaths;
  private final boolean staticFields;
  private final OwnershipRulesCache rules;

  /** For Error Prone's plugin discovery, which instantiates checks through the service loader. */
  public ExecutorNotShutDown() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public ExecutorNotShutDown(ErrorProneFlags flags) {
    super(flags);
    this.exceptionPaths = options.values().isStrict(StrictMode.EXECUTOR_EXCEPTION_PATHS);
    this.staticFields = options.values().isStrict(StrictMode.STATIC_EXECUTORS);
    this.rules = new OwnershipRulesCache(Obligation.Kind.POOL, ResourceCatalogue.of(options.values()));
  }

  // Rule 1: a local pool, in a method or a lambda.
  @Override
  public Description matchMethod(MethodTree method, VisitorState state) {
    return checkBody(state);
  }

  @Override
  public Description matchLambdaExpression(LambdaExpressionTree lambda, VisitorState state) {
    return checkBody(state);
  }

  private Description checkBody(VisitorState state) {
    if (options.isValid()) {
      reportLocal(ObligationAnalysis.ofCurrent(rules.get(state), state), state);
    }
    return Description.NO_MATCH;
  }

  // Rules 2 and 3: a pool field.
  @Override
  public Description matchClass(ClassTree type, VisitorState state) {
    if (!options.isValid()) {
      return Description.NO_MATCH;
    }
    for (Tree member : type.getMembers()) {
      if (member instanceof VariableTree declaration
          && ASTHelpers.getSymbol(declaration) instanceof VarSymbol field
          && isJudgedPoolField(field, state)) {
        judgeField(field, declaration, state);
      }
    }
    return Description.NO_MATCH;
  }

  private boolean isJudgedPoolField(VarSymbol field, VisitorState state) {
    if (field.getKind() != ElementKind.FIELD || field.type.isPrimitive()) {
      return false;
    }
    List<String> names = typeNames(field, state);
    return ExecutorCatalogue.isExecutorService(names)
        && !ExecutorCatalogue.isScheduled(names)
        && FieldVisibility.allUsesInThisFile(field)
        && (staticFields || !field.getModifiers().contains(Modifier.STATIC));
  }

  private void judgeField(VarSymbol field, VariableTree declaration, VisitorState state) {
    OwnershipRules fieldRules = rules.get(state);
    PoolFields facts = PoolFields.of(field, declaration, fieldRules, state);
    if (!facts.isGivenAPool() || facts.escapes()) {
      return;
    }
    String name = field.getSimpleName().toString();
    if (!facts.isReleased()) {
      report(declaration, new TreePath(state.getPath(), declaration), ResourceMessages.poolFieldNeverShutDown(name), state);
      return;
    }
    for (PoolAssignment assignment : facts.assignments()) {
      if (assignment.method() != null
          && !ConstructionOnly.runsOnlyWhileConstructing(assignment.method(), state.getPath().getCompilationUnit())
          && !facts.isGuardedOrPreceded(assignment)) {
        report(assignment.tree(), assignment.path(), ResourceMessages.poolFieldReplaced(name), state);
      }
    }
  }

  private void reportLocal(List<Leak> leaks, VisitorState state) {
    for (Leak leak : leaks) {
      if (leak.ownershipByFlag() || leak.onlyOnException() && !exceptionPaths) {
        continue;
      }
      PathOut exit = leak.firstReturn();
      Tree at = leak.obligation().acquisition();
      report(at, TreePath.getPath(state.getPath(), at),
          ResourceMessages.poolNotShutDown(leak.obligation().description(), exit == null ? 0 : exit.line()), state);
    }
  }

  private void report(Tree tree, TreePath path, String message, VisitorState state) {
    if (path != null && FindingSuppression.isSuppressed(path, CHECK, Set.of(), state)) {
      return;
    }
    state.reportMatch(finding(tree, state).setMessage(message).build());
  }

  private List<String> typeNames(VarSymbol field, VisitorState state) {
    return rules.names(state).selfAndSupertypes(field.type);
  }
}
