package io.github.leakproof.errorprone.common;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;

/**
 * What every Leakproof check does the same way: read the {@code -XepOpt:Leakproof:…} options once, and
 * turn a bad one into a single compiler error naming it (and no findings) instead of a crash.
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
}
