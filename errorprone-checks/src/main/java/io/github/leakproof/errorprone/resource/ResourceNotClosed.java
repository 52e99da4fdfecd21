package io.github.leakproof.errorprone.resource;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.BlockTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.LambdaExpressionTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import io.github.leakproof.errorprone.common.FindingSuppression;
import io.github.leakproof.errorprone.common.LeakproofChecker;
import io.github.leakproof.errorprone.ownership.Leak;
import io.github.leakproof.errorprone.ownership.Obligation;
import io.github.leakproof.errorprone.ownership.ObligationAnalysis;
import io.github.leakproof.errorprone.ownership.OwnershipRulesCache;
import io.github.leakproof.errorprone.ownership.PathOut;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.ResourceCatalogue;
import io.github.leakproof.model.ResourceMessages;
import io.github.leakproof.model.StrictMode;
import io.github.leakproof.model.Suppression;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;

/**
 * A resource opened in a method and not closed on every path out of it.
 *
 * <p>An unclosed file, socket or database connection holds an operating-system handle until the
 * garbage collector happens to run a cleaner, if ever: under load the process runs out of file
 * descriptors or the pool runs out of connections. The usual culprit is not a forgotten {@code
 * close()} but an exception path: open, then a call that can throw, then close — with no {@code
 * finally}.
 *
 * <p>How: each method's (and lambda's) control-flow graph is walked with a dataflow analysis
 * ({@link io.github.leakproof.errorprone.ownership.OwnershipTransfer}). What counts as a resource,
 * a release or a hand-over comes from the model's {@link ResourceCatalogue}: constructors of resource
 * types and known factories open; in-memory streams and borrowed objects (parameters, getters) do
 * not; wrappers carry the wrapped resource; returning, storing or passing to an owner hands it on;
 * a call that declares a checked exception while the resource is open is a way out that must close
 * it. A finding names the call that can throw, or the return that skips the close.
 *
 * <p>Honours {@code @SuppressWarnings("resource")} (javac's, Eclipse's and IntelliJ's own token)
 * unless {@code -XepOpt:Leakproof:Strict=ignore-suppress-warnings-resource}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Resource not closed on every path: its file handle, socket or connection stays open",
    severity = ERROR,
    linkType = CUSTOM,
    link = Check.DOCS_BASE + "ResourceNotClosed.md")
public final class ResourceNotClosed extends LeakproofChecker
    implements MethodTreeMatcher, LambdaExpressionTreeMatcher, BlockTreeMatcher {
  private static final Check CHECK = Check.RESOURCE_NOT_CLOSED;

  private final Set<String> extraSuppressionTokens;
  private final boolean childExceptionPaths;
  private final OwnershipRulesCache rules;

  /** For Error Prone's plugin discovery, which instantiates checks through the service loader. */
  public ResourceNotClosed() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public ResourceNotClosed(ErrorProneFlags flags) {
    super(flags);
    this.extraSuppressionTokens =
        options.values().isStrict(StrictMode.IGNORE_SUPPRESS_WARNINGS_RESOURCE)
            ? Set.of()
            : Set.of(Suppression.RESOURCE_TOKEN);
    this.childExceptionPaths = options.values().isStrict(StrictMode.CHILD_EXCEPTION_PATHS);
    this.rules = new OwnershipRulesCache(Obligation.Kind.RESOURCE, ResourceCatalogue.of(options.values()));
  }

  @Override
  public Description matchMethod(MethodTree method, VisitorState state) {
    return checkBody(state);
  }

  @Override
  public Description matchLambdaExpression(LambdaExpressionTree lambda, VisitorState state) {
    return checkBody(state); // a lambda's body is a graph of its own
  }

  /** An instance or static initializer block is a body of its own, run once per object or per class. */
  @Override
  public Description matchBlock(BlockTree block, VisitorState state) {
    return ObligationAnalysis.isInitializer(state.getPath()) ? checkBody(state) : Description.NO_MATCH;
  }

  private Description checkBody(VisitorState state) {
    if (options.isValid()) {
      report(ObligationAnalysis.ofCurrent(rules.get(state), state), state);
    }
    return Description.NO_MATCH;
  }

  private void report(List<Leak> leaks, VisitorState state) {
    for (Leak leak : leaks) {
      if (!isReported(leak)) {
        continue;
      }
      TreePath at = TreePath.getPath(state.getPath(), leak.obligation().acquisition());
      if (at == null || FindingSuppression.isSuppressed(at, CHECK, extraSuppressionTokens, state)) {
        continue;
      }
      Description.Builder finding =
          finding(leak.obligation().acquisition(), state).setMessage(message(leak));
      TryWithResourcesFix.of(at, state).ifPresent(finding::addFix);
      state.reportMatch(finding.build());
    }
  }

  /**
   * Not reported: a leak decided by a flag the method was given ({@code if (closeResources)
   * close(…)}: the caller chose who owns it), and, unless {@code Strict=child-exception-paths},
   * only-on-exception leaks of what its parent closes (a JDBC statement or result set, a result set of
   * a borrowed statement): the parent's close covers them.
   */
  private boolean isReported(Leak leak) {
    if (leak.ownershipByFlag()) {
      return false;
    }
    return childExceptionPaths || !(leak.onlyOnException() && leak.obligation().dependent());
  }

  // Error Prone adds the link to the docs page.
  private static String message(Leak leak) {
    PathOut exception = leak.lastException();
    PathOut exit = leak.firstReturn();
    return ResourceMessages.notClosed(
        leak.obligation().description(),
        leak.reacquired() != null,
        leak.onNormalPath(),
        exception == null || exception.how() == PathOut.How.THROW ? null : exception.what(),
        exception == null ? 0 : exception.line(),
        exit == null ? 0 : exit.line());
  }
}
