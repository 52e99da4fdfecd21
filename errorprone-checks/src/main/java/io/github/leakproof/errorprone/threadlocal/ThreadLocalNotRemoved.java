package io.github.leakproof.errorprone.threadlocal;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.leakproof.errorprone.common.Members;
import io.github.leakproof.errorprone.common.Calls;
import io.github.leakproof.errorprone.common.FieldVisibility;
import io.github.leakproof.errorprone.common.FinallyCoverage;
import io.github.leakproof.errorprone.common.LeakSuppression;
import io.github.leakproof.errorprone.common.LeakproofChecker;
import io.github.leakproof.errorprone.common.References;
import io.github.leakproof.errorprone.threadlocal.ThreadLocalUsage.ThreadLocalTypes;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.StrictMode;
import io.github.leakproof.model.ThreadLocalCatalogue;
import io.github.leakproof.model.ThreadLocalFields;
import io.github.leakproof.model.ThreadLocalMessages;
import io.github.leakproof.model.ThreadLocalValues;
import java.util.List;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.Collections;
import java.util.function.Predicate;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;

/**
 * A {@code ThreadLocal} given a value that is never removed.
 *
 * <p>Threads in a pool live for the application's lifetime, so a value set on one stays reachable
 * until {@code remove()}: the request's data outlives the request, and on an application server the
 * value's class pins its web application's class loader. Every {@code set} is first sorted by what it
 * leaves on the thread ({@link io.github.leakproof.model.ThreadLocalCatalogue.SetKind}): a value
 * someone must remove; a clear ({@code set(null)}, putting back an earlier read); a constant (a flag
 * or sentinel, which counts as clearing); or a cache fill (the set runs only when {@code get()} found
 * nothing). Then two rules:
 *
 * <ol>
 *   <li><b>Never removed</b> (reported on the field): the field is given a value, or is a per-thread
 *       cache whose value pins the application's class loader ({@link FieldJudgement}, decided by
 *       {@link io.github.leakproof.model.ThreadLocalFields}), and nothing in the program removes it: this
 *       file for a field only it can use, every file of the compilation otherwise (public holders, and
 *       setters whose callers may undo them in a {@code finally}). A field passed on is not judged.
 *   <li><b>Not removed on every path</b> (reported on the {@code set}): a method gives the
 *       thread-local a value and removes it later on its normal path, but no {@code finally} covers
 *       the work in between, so an exception or early return leaves the value behind. A method that
 *       only sets, or removes on another branch or only in a {@code catch} (a setter or begin() API),
 *       is left to rule 1.
 * </ol>
 *
 * <p>With {@code -XepOpt:Leakproof:Strict=threadlocal-caches}, caches whose value may pin a class loader
 * ({@code Object}, {@code Map<String, Object>}) are reported too; with {@code threadlocal-entries}, every
 * field that leaves an entry on a thread and that nothing {@code remove()}s, whatever its value.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary =
        "ThreadLocal value never removed: pooled threads keep it, and its class loader, alive",
    severity = ERROR,
    linkType = CUSTOM,
    link = Check.DOCS_BASE + "ThreadLocalNotRemoved.md")
public final class ThreadLocalNotRemoved extends LeakproofChecker
    implements VariableTreeMatcher, MethodInvocationTreeMatcher {
  private static final Check CHECK = Check.THREADLOCAL_NOT_REMOVED;

  private final ThreadLocalCatalogue catalogue;
  private final boolean reportCaches;
  private final boolean reportEntries;
  private final FieldJudgement fields = new FieldJudgement();

  // Per compilation unit (Error Prone visits one at a time), made only when it touches a thread-local.
  private CompilationUnitTree currentUnit;
  private ThreadLocalTypes types;
  private ThreadLocalUsage usage;

  /** For Error Prone's plugin discovery, which instantiates checks through the service loader. */
  public ThreadLocalNotRemoved() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public ThreadLocalNotRemoved(ErrorProneFlags flags) {
    super(flags);
    this.catalogue = ThreadLocalCatalogue.of(options.values());
    this.reportEntries = options.values().isStrict(StrictMode.THREADLOCAL_ENTRIES);
    this.reportCaches = reportEntries || options.values().isStrict(StrictMode.THREADLOCAL_CACHES);
  }


  // Rule 1 (and the cache and entry rules): a thread-local field nothing in the program ever removes.
  @Override
  public Description matchVariable(VariableTree tree, VisitorState state) {
    VarSymbol field = ASTHelpers.getSymbol(tree);
    if (!options.isValid() || field == null || field.getKind() != ElementKind.FIELD) {
      return Description.NO_MATCH;
    }
    if (!types(state).isThreadLocal(field.type)) {
      return Description.NO_MATCH;
    }
    ThreadLocalUsage usage = usage(state);
    boolean hasInitialValue = hasInitialValue(tree, catalogue, state);
    FieldJudgement.Judged judged = fields.judge(field, usage, hasInitialValue, types(state), state);
    if (judged == null) {
      return Description.NO_MATCH; // used by files this compilation cannot show
    }
    String name = field.getSimpleName().toString();
    String message =
        switch (ThreadLocalFields.judge(judged.facts(), reportCaches, reportEntries)) {
          case NONE -> null;
          case NEVER_REMOVED -> ThreadLocalMessages.neverRemoved(name, firstSet(field, judged, state));
          case PINS_CLASS_LOADER ->
              ThreadLocalMessages.pinsClassLoader(
                  name,
                  ThreadLocalValues.describe(judged.value()),
                  ThreadLocalValues.pinningClass(judged.value()),
                  methodName(judged.firstUser(field)));
          case CACHE -> ThreadLocalMessages.cacheNeverRemoved(name);
          case ENTRY_LEFT -> ThreadLocalMessages.entryLeft(name);
        };
    return message == null ? Description.NO_MATCH : report(tree, state, message, SuggestedFix.emptyFix());
  }

  /** Where the field is first given a value: a line of this file, or a line of another file. */
  private static String firstSet(VarSymbol field, FieldJudgement.Judged judged, VisitorState state) {
    CompilationUnitTree here = state.getPath().getCompilationUnit();
    for (ThreadLocalUsage usage : judged.readFrom()) {
      List<MethodInvocationTree> sets = usage.setsOf(field);
      if (!sets.isEmpty()) {
        CompilationUnitTree unit = usage.unit();
        int line = (int) unit.getLineMap().getLineNumber(ASTHelpers.getStartPosition(sets.get(0)));
        return unit == here ? "line " + line : fileName(unit) + " line " + line;
      }
    }
    return "line ?";
  }

  private static String fileName(CompilationUnitTree unit) {
    String path = unit.getSourceFile().getName();
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  private static String methodName(MethodSymbol method) {
    if (method == null) {
      return null;
    }
    return method.isConstructor() ? method.owner.getSimpleName().toString() : method.getSimpleName().toString();
  }

  // Rule 2: a set that the same method removes later, but not on every path.
  @Override
  public Description matchMethodInvocation(MethodInvocationTree call, VisitorState state) {
    if (!options.isValid() || !isThreadLocalSet(call, state)) {
      return Description.NO_MATCH;
    }
    ThreadLocalUsage usage = usage(state);
    VarSymbol threadLocal = usage.setTarget(call);
    if (threadLocal == null) {
      return Description.NO_MATCH;
    }
    Tree body = enclosingBody(state.getPath());
    if (body == null || !removedLaterOnTheNormalPath(call, body, threadLocal, usage, state)) {
      return Description.NO_MATCH; // a setter or begin() API: rule 1 judges the field
    }
    if (FinallyCoverage.isCovered(
        state.getPath(), finallyBlock -> Calls.any(finallyBlock, c -> usage.undoesSet(c, threadLocal)))) {
      return Description.NO_MATCH;
    }
    StraightLine line =
        StraightLine.after(
            state.getPath(),
            c -> usage.clears(c, threadLocal),
            c -> usage.setTarget(c) == threadLocal);
    if (line != null && line.between().stream().allMatch(FinallyCoverage::isQuiet)) {
      return Description.NO_MATCH; // nothing between set and remove can throw or leave
    }
    Predicate<MethodInvocationTree> canThrow = c -> !usage.isThreadLocalOperation(c);
    String name = threadLocal.getSimpleName().toString();
    return report(
        call,
        state,
        ThreadLocalMessages.notRemovedOnEveryPath(name, whatSkipsTheRemoval(line, canThrow, state)),
        line == null ? SuggestedFix.emptyFix() : line.wrapInTryFinally(state));
  }

  /**
   * True if the body removes the value after the set, on its normal path: a removal that can run
   * after the set — written after it, not on another branch of an {@code if}, {@code switch} or
   * {@code ?:} than the set, and not in a {@code catch} of a try around it. A method that sets on one
   * branch and removes on another ({@code if (v == null) local.remove(); else local.set(v);}), or
   * removes only when it fails ({@code try { …; local.set(v); } catch (E e) { local.remove(); throw
   * e; }}), is a setter or begin() API: it means the value to outlive the call.
   */
  private static boolean removedLaterOnTheNormalPath(
      MethodInvocationTree set, Tree body, VarSymbol threadLocal, ThreadLocalUsage usage, VisitorState state) {
    int setEnd = state.getEndPosition(set);
    Set<Tree> setAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TreePath p = state.getPath(); p != null; p = p.getParentPath()) {
      setAncestors.add(p.getLeaf());
    }
    return Calls.any(
        body,
        c -> usage.clears(c, threadLocal)
            && ASTHelpers.getStartPosition(c) > setEnd
            && !partsWayAtAChoice(c, setAncestors, state));
  }

  /**
   * True if {@code removal} and the set part ways where only one of them runs on the normal path: on
   * different branches of an if, a switch or a {@code ?:}, or with the removal in a {@code catch} of
   * a try around the set.
   */
  private static boolean partsWayAtAChoice(Tree removal, Set<Tree> setAncestors, VisitorState state) {
    TreePath path = TreePath.getPath(state.getPath().getCompilationUnit(), removal);
    for (Tree child = null; path != null; path = path.getParentPath()) {
      Tree node = path.getLeaf();
      if (setAncestors.contains(node)) {
        return child != null
            && !(node instanceof IfTree branch && child == branch.getCondition())
            && (node instanceof IfTree
                || node instanceof ConditionalExpressionTree
                || node instanceof SwitchTree
                || node instanceof SwitchExpressionTree
                || (node instanceof TryTree && child instanceof CatchTree));
      }
      child = node;
    }
    return false;
  }

  private Description report(Tree tree, VisitorState state, String message, SuggestedFix fix) {
    if (LeakSuppression.isSuppressed(CHECK, state)) {
      return Description.NO_MATCH;
    }
    return finding(tree, state).setMessage(message).addFix(fix).build();
  }

  private ThreadLocalTypes types(VisitorState state) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    if (unit != currentUnit) {
      currentUnit = unit;
      types = new ThreadLocalTypes(catalogue, state);
      usage = null;
    }
    return types;
  }

  private ThreadLocalUsage usage(VisitorState state) {
    ThreadLocalTypes unitTypes = types(state);
    if (usage == null) {
      usage = ThreadLocalUsage.of(currentUnit, unitTypes);
    }
    return usage;
  }

  /** Cheap first test, before the unit is summarised: a one-argument {@code set} of a thread-local type. */
  private boolean isThreadLocalSet(MethodInvocationTree call, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return method != null
        && ThreadLocalCatalogue.isSet(method.getSimpleName().toString(), call.getArguments().size())
        && types(state).isThreadLocal(method.owner.type);
  }

  /** Private fields, and fields of private, local or anonymous classes, are used only in this file. */
  /** {@code ThreadLocal.withInitial(...)}, or a subclass that overrides {@code initialValue()}. */
  private static boolean hasInitialValue(
      VariableTree tree, ThreadLocalCatalogue catalogue, VisitorState state) {
    ExpressionTree initializer = tree.getInitializer();
    if (initializer instanceof MethodInvocationTree call) {
      MethodSymbol method = ASTHelpers.getSymbol(call);
      return ThreadLocalCatalogue.isInitialValueFactory(
          method.owner.getQualifiedName().toString(), method.getSimpleName().toString());
    }
    if (initializer instanceof NewClassTree creation) {
      for (Type type = ASTHelpers.getType(creation);
          type != null && type.tsym instanceof ClassSymbol cls && !catalogue.isBaseType(cls.getQualifiedName().toString());
          type = state.getTypes().supertype(type)) {
        for (Symbol member : Members.of(cls)) {
          if (member instanceof MethodSymbol method
              && method.getSimpleName().contentEquals(ThreadLocalCatalogue.INITIAL_VALUE_METHOD)
              && method.getParameters().isEmpty()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Tree enclosingBody(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree method) {
        return method.getBody();
      }
      if (p.getLeaf() instanceof LambdaExpressionTree lambda) {
        return lambda.getBody();
      }
    }
    return null;
  }

  private static String whatSkipsTheRemoval(
      StraightLine line, Predicate<MethodInvocationTree> canThrow, VisitorState state) {
    if (line != null) {
      for (StatementTree statement : line.between()) {
        MethodInvocationTree call = Calls.find(statement, canThrow);
        if (call != null) {
          return ThreadLocalMessages.ifThrows(state.getSourceForNode(call.getMethodSelect()));
        }
      }
    }
    return ThreadLocalMessages.exceptionOrEarlyExit();
  }


  /**
   * The set's statement, the statements after it in the same block, and the first of those that
   * removes the value — the shape a try/finally fix can wrap; and whether an earlier set in the
   * block reaches the same removal (no removal statement between the two sets).
   */
  private record StraightLine(
      BlockTree block,
      List<? extends StatementTree> between,
      StatementTree removal,
      boolean followsAnotherSet) {
    static StraightLine after(
        TreePath callPath,
        Predicate<MethodInvocationTree> clears,
        Predicate<MethodInvocationTree> sets) {
      TreePath statementPath = callPath.getParentPath();
      if (statementPath == null
          || !(statementPath.getLeaf() instanceof ExpressionStatementTree setStatement)
          || !(statementPath.getParentPath().getLeaf() instanceof BlockTree block)) {
        return null;
      }
      List<? extends StatementTree> statements = block.getStatements();
      int start = statements.indexOf(setStatement);
      for (int i = start + 1; i < statements.size(); i++) {
        if (isCall(statements.get(i), clears)) {
          return new StraightLine(
              block,
              statements.subList(start + 1, i),
              statements.get(i),
              followsAnotherSet(statements.subList(0, start), clears, sets));
        }
      }
      return null;
    }

    /** True if the last of {@code before} that sets or clears the value sets it. */
    private static boolean followsAnotherSet(
        List<? extends StatementTree> before,
        Predicate<MethodInvocationTree> clears,
        Predicate<MethodInvocationTree> sets) {
      for (int i = before.size() - 1; i >= 0; i--) {
        if (isCall(before.get(i), clears)) {
          return false;
        }
        if (isCall(before.get(i), sets)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isCall(StatementTree statement, Predicate<MethodInvocationTree> test) {
      return statement instanceof ExpressionStatementTree expression
          && expression.getExpression() instanceof MethodInvocationTree call
          && test.test(call);
    }

    /**
     * {@code set; a; b; remove;} becomes {@code set; try { a; b; } finally { remove; }}. The fix
     * only inserts text, so comments among the statements stay where they are. No fix when a name
     * declared among {@code a; b;} is used by or after the removal, which would not compile; nor
     * when an earlier set of the same value ends at the same removal: that set's fix wraps this
     * one, and two fixes ending at one removal would not nest.
     */
    SuggestedFix wrapInTryFinally(VisitorState state) {
      if (between.isEmpty() || followsAnotherSet || declaresNameUsedFromRemovalOn()) {
        return SuggestedFix.emptyFix();
      }
      StatementTree first = between.get(0);
      String indent = indentOf(removal, state);
      return SuggestedFix.builder()
          .prefixWith(first, "try {\n" + indentOf(first, state))
          .prefixWith(removal, "} finally {\n" + indent)
          .postfixWith(removal, "\n" + indent + "}")
          .build();
    }

    private boolean declaresNameUsedFromRemovalOn() {
      List<? extends StatementTree> statements = block.getStatements();
      List<? extends StatementTree> fromRemoval =
          statements.subList(statements.indexOf(removal), statements.size());
      for (StatementTree statement : between) {
        Symbol declared =
            statement instanceof VariableTree || statement instanceof ClassTree
                ? ASTHelpers.getSymbol(statement)
                : null;
        if (declared != null) {
          for (StatementTree later : fromRemoval) {
            if (References.mentions(later, declared)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** The blanks before {@code statement} if it starts its line, to line inserted lines up. */
    private static String indentOf(StatementTree statement, VisitorState state) {
      CharSequence source = state.getSourceCode();
      int start = ASTHelpers.getStartPosition(statement);
      int lineStart = start;
      while (lineStart > 0 && " \t".indexOf(source.charAt(lineStart - 1)) >= 0) {
        lineStart--;
      }
      boolean startsLine = lineStart == 0 || source.charAt(lineStart - 1) == '\n';
      return startsLine ? source.subSequence(lineStart, start).toString() : "";
    }
  }
}
