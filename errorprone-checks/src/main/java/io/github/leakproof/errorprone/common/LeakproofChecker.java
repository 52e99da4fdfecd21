package io.github.leakproof.errorprone.common;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;

/**
 * What every Leakproof check does the same way: read the {@code -XepOpt:Leakproof:…} options once, turn
 * a bad one into a single compiler error naming it (and no findings) instead of a crash, and build each
 * finding through {@link #finding} so that the options about all findings apply to every check.
 */
public abstract class LeakproofChecker extends BugChecker implements CompilationUnitTreeMatcher {
  protected final Options options;

  protected LeakproofChecker(ErrorProneFlags flags) {
    this.options = Options.from(flags);
  }

  // A bad -XepOpt:Leakproof:… value: one compiler error naming it, and no findings.
  @Override
  public final Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    options.reportIfInvalid(state);
    return Description.NO_MATCH;
  }

  /**
   * A finding at {@code tree}; checks add their message and fixes. {@code Leakproof:Severity} sets its
   * severity, unless a per-check {@code -Xep:<Check>:<LEVEL>} names one. With
   * {@code Leakproof:Baseline=<reason>}, the first fix suppresses the finding where it is, with the reason
   * as a comment: {@code -XepPatchChecks} then applies that fix, which is how an existing code base is
   * baselined.
   */
  protected final Description.Builder finding(Tree tree, VisitorState state) {
    Description.Builder finding = buildDescription(tree);
    String severity = options.values().severity();
    // A -Xep:<Check>:<LEVEL> is the user's word for this one check: it wins over the all-checks switch.
    if (severity != null && !state.errorProneOptions().getSeverityMap().containsKey(canonicalName())) {
      finding.overrideSeverity(SeverityLevel.valueOf(severity));
    }
    String reason = options.values().baselineReason();
    if (reason != null) {
      TreePath at = TreePath.getPath(state.getPath().getCompilationUnit(), tree);
      if (at != null) {
        SuggestedFix.Builder suppression = SuggestedFix.builder();
        SuggestedFixes.addSuppressWarnings(suppression, state.withPath(at), canonicalName(), "baseline: " + reason);
        if (!suppression.isEmpty()) {
          finding.addFix(suppression.build());
        }
      }
    }
    return finding;
  }
}
