package io.github.leakproof.errorprone.innerclass;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.AssignmentTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.ReturnTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.leakproof.errorprone.common.Members;
import io.github.leakproof.errorprone.common.FindingSuppression;
import io.github.leakproof.errorprone.common.LeakproofChecker;
import io.github.leakproof.errorprone.ownership.TypeNames;
import io.github.leakproof.model.CaptureSinkCatalogue;
import io.github.leakproof.model.CaptureSinkCatalogue.Sink;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.InnerClassMessages;
import io.github.leakproof.model.InnerClassMessages.Capturer;
import io.github.leakproof.model.TimerCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.lang.model.element.Modifier;

/**
 * An object that holds its creator's {@code this} — a lambda or anonymous class that uses it, a
 * method reference on {@code this}, an instance of an inner class that uses its outer instance — made
 * in an instance context and kept where it outlives that instance, so the instance can never be
 * garbage-collected:
 *
 * <ol>
 *   <li><b>a static field</b>: {@code HOLDER = new Runnable() { … uses outer … }};
 *   <li><b>a long-lived registry or holder</b>: a storing call ({@code put}, {@code add}, {@code set},
 *       … — {@link CaptureSinkCatalogue}) on a static field, an enum constant or a singleton ({@code
 *       Registry.getInstance()});
 *   <li><b>a periodic task on a shared scheduler</b> (a static or singleton timer or scheduled pool)
 *       whose handle is dropped, scheduled by a class without a lifecycle end — with one, {@code
 *       TimerNotStopped} reports that its {@code close()}/{@code stop()} never cancels the task;
 *   <li><b>double-brace initialisation returned from a public method</b>: the anonymous subclass is
 *       serializable, so javac keeps its {@code this$0} even when it uses nothing of the outer instance;
 *   <li><b>a started thread whose task never ends</b> ({@link EndlessRun}: a {@code while (true)} no
 *       {@code break} leaves, no {@code return}) — a thread that ends lets go of what it captured.
 * </ol>
 *
 * <p>Capture is judged from the body ({@link OuterUse}), as javac does since JDK 18: an anonymous class
 * that uses nothing of the outer instance holds nothing, so "could be static" (Error Prone's {@code
 * ClassCanBeStatic}) is never a finding here. Calls another check names better are left to it:
 * listener registrations ({@code ListenerNotRemoved}), {@code ThreadLocal.set} ({@code
 * ThreadLocalNotRemoved}), additions to a static {@code java.util} collection ({@code
 * StaticCollectionOnlyGrows}).
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "An object that holds its enclosing instance is kept where it outlives that instance",
    severity = ERROR,
    linkType = CUSTOM,
    link = Check.DOCS_BASE + "InnerClassLeaksOuter.md")
public final class InnerClassLeaksOuter extends LeakproofChecker
    implements AssignmentTreeMatcher, MethodInvocationTreeMatcher, ReturnTreeMatcher {
  private static final Check CHECK = Check.INNER_CLASS_LEAKS_OUTER;

  private final CaptureSinkCatalogue sinks;

  /** For Error Prone's plugin discovery, which instantiates checks through the service loader. */
  public InnerClassLeaksOuter() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public InnerClassLeaksOuter(ErrorProneFlags flags) {
    super(flags);
    this.sinks = CaptureSinkCatalogue.of(options.values());
  }

  // Rule 1: a static field.
  @Override
  public Description matchAssignment(AssignmentTree assignment, VisitorState state) {
    if (!options.isValid() || !LongLivedReceiver.isStaticField(ASTHelpers.getSymbol(assignment.getVariable()))) {
      return Description.NO_MATCH;
    }
    Capture capture = Capture.of(assignment.getExpression(), state);
    Symbol field = ASTHelpers.getSymbol(assignment.getVariable());
    if (capture != null && !Removals.clearsField(field, state)) {
      report(capture.at(),
          InnerClassMessages.storedInStaticField(capture.description(), capture.outer(), field.getSimpleName().toString()),
          state);
    }
    return Description.NO_MATCH;
  }

  // Rules 2 and 3: a call on a long-lived receiver that keeps its argument.
  @Override
  public Description matchMethodInvocation(MethodInvocationTree call, VisitorState state) {
    if (!options.isValid()) {
      return Description.NO_MATCH;
    }
    if (call.getArguments().isEmpty()) {
      checkThreadStart(call, state);
      return Description.NO_MATCH;
    }
    String receiver = LongLivedReceiver.describe(ASTHelpers.getReceiver(call));
    if (receiver == null || !(ASTHelpers.getSymbol(call) instanceof MethodSymbol method)) {
      return Description.NO_MATCH;
    }
    TypeNames names = new TypeNames(state.getTypes());
    String name = method.getSimpleName().toString();
    Sink sink = sinks.classify(
        name, names.selfAndSupertypes(ASTHelpers.getType(ASTHelpers.getReceiver(call))),
        names.erasedNames(method.params().stream().map(p -> p.type).toList()));
    if (sink != Sink.STORES && sink != Sink.PERIODIC) {
      return Description.NO_MATCH;
    }
    if (sink == Sink.PERIODIC && (!isDiscarded(state) || hasLifecycleEnd(state))) {
      return Description.NO_MATCH;
    }
    List<Tree> captured = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (ExpressionTree argument : call.getArguments()) {
      Capture capture = Capture.of(argument, state);
      if (capture != null) {
        captured.add(capture.at());
        messages.add(sink == Sink.STORES
            ? InnerClassMessages.keptByLongLivedReceiver(capture.description(), capture.outer(), receiver, name)
            : InnerClassMessages.periodicOnSharedScheduler(capture.description(), capture.outer(), receiver, name));
      }
    }
    if (captured.isEmpty()
        || sink == Sink.STORES && Removals.removesFrom(ASTHelpers.getType(ASTHelpers.getReceiver(call)), state)) {
      return Description.NO_MATCH; // nothing captured, or the class takes its entries out again
    }
    for (int i = 0; i < captured.size(); i++) {
      report(captured.get(i), messages.get(i), state);
    }
    return Description.NO_MATCH;
  }

  // Rule 5: a started thread whose task captures this and never ends.
  private void checkThreadStart(MethodInvocationTree call, VisitorState state) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    if (receiver == null
        || !(ASTHelpers.getSymbol(call) instanceof MethodSymbol method)
        || !method.getSimpleName().contentEquals("start")
        || !CaptureSinkCatalogue.isThreadStart(method.getSimpleName().toString(), 0,
            new TypeNames(state.getTypes()).selfAndSupertypes(ASTHelpers.getType(receiver)))
        || !(Capture.valueOf(receiver, state) instanceof NewClassTree thread)) {
      return;
    }
    // a Thread subclass of its own (anonymous or inner), or a Thread given a task
    Capture capture = Capture.of(thread, state);
    ExpressionTree task = thread;
    if (capture == null) {
      for (ExpressionTree argument : thread.getArguments()) {
        Capture candidate = Capture.of(argument, state);
        if (candidate != null) {
          capture = candidate;
          task = Capture.valueOf(argument, state);
          break;
        }
      }
    }
    if (capture != null && EndlessRun.of(task, state)) {
      report(capture.at(), InnerClassMessages.runsInEndlessThread(capture.description(), capture.outer()), state);
    }
  }

  // Rule 4: double-brace initialisation returned from a public method.
  @Override
  public Description matchReturn(ReturnTree ret, VisitorState state) {
    if (!options.isValid()
        || !(ret.getExpression() != null
            && Capture.stripped(ret.getExpression()) instanceof NewClassTree creation
            && creation.getClassBody() != null)) {
      return Description.NO_MATCH; // only an anonymous class can be double-brace initialisation
    }
    MethodTree method = enclosingMethod(state);
    if (method == null || !method.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
      return Description.NO_MATCH;
    }
    Capture capture = Capture.of(ret.getExpression(), state);
    if (capture != null && capture.kind() == Capturer.DOUBLE_BRACE) {
      report(capture.at(),
          InnerClassMessages.doubleBraceReturned(capture.description(), capture.outer(), method.getName().toString()),
          state);
    }
    return Description.NO_MATCH;
  }

  /** The method the return belongs to: none if it returns from a lambda. */
  private static MethodTree enclosingMethod(VisitorState state) {
    for (Tree tree : state.getPath()) {
      if (tree instanceof LambdaExpressionTree || tree instanceof ClassTree) {
        return null;
      }
      if (tree instanceof MethodTree method) {
        return method;
      }
    }
    return null;
  }

  /** The scheduling call's result (the handle that could cancel the task) is thrown away. */
  private static boolean isDiscarded(VisitorState state) {
    return state.getPath().getParentPath().getLeaf() instanceof ExpressionStatementTree;
  }

  /** The class around the call has a close/stop/… method: {@code TimerNotStopped}'s to judge. */
  private static boolean hasLifecycleEnd(VisitorState state) {
    ClassTree type = state.findEnclosing(ClassTree.class);
    ClassSymbol symbol = type == null ? null : ASTHelpers.getSymbol(type);
    if (symbol == null) {
      return false;
    }
    for (Symbol member : Members.of(symbol)) {
      if (member instanceof MethodSymbol m
          && TimerCatalogue.isLifecycleEnd(
              m.getSimpleName().toString(),
              m.getAnnotationMirrors().stream()
                  .map(a -> ((ClassSymbol) a.getAnnotationType().asElement()).getQualifiedName().toString())
                  .toList())) {
        return true;
      }
    }
    return false;
  }

  private void report(Tree tree, String message, VisitorState state) {
    TreePath path = TreePath.getPath(state.getPath().getCompilationUnit(), tree);
    if (path != null && FindingSuppression.isSuppressed(path, CHECK, Set.of(), state)) {
      return;
    }
    state.reportMatch(finding(tree, state).setMessage(message).build());
  }
}
