package io.github.leakproof.errorprone.ownership;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import org.checkerframework.errorprone.dataflow.analysis.ForwardAnalysisImpl;
import org.checkerframework.errorprone.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.errorprone.dataflow.cfg.UnderlyingAST;
import org.checkerframework.errorprone.dataflow.cfg.builder.CFGBuilder;

/**
 * Runs the ownership dataflow ({@link OwnershipTransfer}) over one method's or lambda's control-flow
 * graph, built by the Checker Framework dataflow library that Error Prone bundles, and lists what is
 * still open at its exits.
 */
public final class ObligationAnalysis {
  private ObligationAnalysis() {}

  /**
   * The leaks of the method or lambda that {@code state}'s path ends at, ordered by source position;
   * none (and no graph built) when its body acquires nothing.
   */
  public static List<Leak> ofCurrent(OwnershipRules rules, VisitorState state) {
    ClassTree owner = state.findEnclosing(ClassTree.class);
    if (state.getPath().getLeaf() instanceof MethodTree method) {
      return AcquisitionScan.mayAcquire(method.getBody(), rules)
          ? ofMethod(state.getPath(), owner, rules, state)
          : List.of();
    }
    if (state.getPath().getLeaf() instanceof BlockTree block && isInitializer(state.getPath())) {
      return AcquisitionScan.mayAcquire(block, rules)
          ? run(state.getPath(), new UnderlyingAST.CFGStatement(block, owner), rules, state)
          : List.of();
    }
    if (state.getPath().getLeaf() instanceof LambdaExpressionTree lambda) {
      MethodTree enclosing = state.findEnclosing(MethodTree.class);
      return enclosing != null && AcquisitionScan.mayAcquire(lambda.getBody(), rules)
          ? ofLambda(state.getPath(), owner, enclosing, rules, state)
          : List.of();
    }
    return List.of();
  }

  /** True if {@code path} ends at an instance or static initializer block: a block that is a member of a class. */
  public static boolean isInitializer(TreePath path) {
    return path.getLeaf() instanceof BlockTree && path.getParentPath().getLeaf() instanceof ClassTree;
  }

  /** The leaks of a method body, ordered by source position. */
  public static List<Leak> ofMethod(TreePath methodPath, ClassTree enclosingClass, OwnershipRules rules, VisitorState state) {
    MethodTree method = (MethodTree) methodPath.getLeaf();
    TreePath body = new TreePath(methodPath, method.getBody());
    return run(body, new UnderlyingAST.CFGMethod(method, enclosingClass), rules, state);
  }

  /** The leaks of a lambda body, ordered by source position. */
  public static List<Leak> ofLambda(
      TreePath lambdaPath, ClassTree enclosingClass, MethodTree enclosingMethod, OwnershipRules rules, VisitorState state) {
    LambdaExpressionTree lambda = (LambdaExpressionTree) lambdaPath.getLeaf();
    TreePath body = new TreePath(lambdaPath, lambda.getBody());
    return run(body, new UnderlyingAST.CFGLambda(lambda, enclosingClass, enclosingMethod), rules, state);
  }

  private static List<Leak> run(TreePath path, UnderlyingAST ast, OwnershipRules rules, VisitorState state) {
    ControlFlowGraph cfg =
        CFGBuilder.build(path, ast, false, false, JavacProcessingEnvironment.instance(state.context));
    OwnershipTransfer transfer =
        new OwnershipTransfer(rules, state.withPath(path));
    ForwardAnalysisImpl<Held, ObligationStore, OwnershipTransfer> analysis = new ForwardAnalysisImpl<>(transfer);
    analysis.performAnalysis(cfg);
    Set<Obligation> returned = Set.of();
    if (ast instanceof UnderlyingAST.CFGLambda lambda
        && lambda.getLambdaTree().getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
      // () -> Files.newInputStream(p): an expression body is the lambda's result, handed to its caller.
      Held result = analysis.getValue(lambda.getLambdaTree().getBody());
      returned = result == null ? Set.of() : result.all();
    }
    List<Leak> leaks = leaks(analysis, returned);
    if (analysis.getRegularExitStore() == null) {
      leaks = withLostInEndlessLoop(leaks, analysis, transfer);
    }
    return leaks;
  }

  /**
   * A method that never returns (a serving loop, {@code while (true)}) has no exit to find what a loop
   * keeps re-acquiring: the instance still open when the same expression acquires the next one is lost
   * there, and reported there.
   */
  private static List<Leak> withLostInEndlessLoop(
      List<Leak> leaks,
      ForwardAnalysisImpl<Held, ObligationStore, OwnershipTransfer> analysis,
      OwnershipTransfer transfer) {
    Set<com.sun.source.tree.Tree> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    leaks.forEach(leak -> reported.add(leak.obligation().acquisition()));
    List<Leak> all = new ArrayList<>(leaks);
    for (org.checkerframework.errorprone.dataflow.cfg.node.Node node : transfer.acquisitions()) {
      ObligationStore after = analysis.getResult().getStoreAfter(node);
      if (after == null || reported.contains(node.getTree())) {
        continue;
      }
      after.open().forEach(
          (obligation, ways) -> {
            if (obligation.earlier() && obligation.acquisition() == node.getTree() && !ways.isEmpty()
                && !decidedByFlag(after, obligation) && reported.add(node.getTree())) {
              all.add(new Leak(obligation, false, new LinkedHashSet<>(ways), false, false));
            }
          });
    }
    all.sort(Comparator.comparingInt(l -> ((com.sun.tools.javac.tree.JCTree) l.obligation().acquisition()).getStartPosition()));
    return all;
  }

  /** A boolean parameter or field tested after the acquisition, on every path where it leaks. */
  private static boolean decidedByFlag(ObligationStore exit, Obligation obligation) {
    for (Fact fact : exit.learntSinceAcquisition(obligation).keySet()) {
      ElementKind kind = fact.subject().getKind();
      if (!fact.isNullTest() && (kind == ElementKind.PARAMETER || kind == ElementKind.FIELD)) {
        return true;
      }
    }
    return false;
  }

  /** What is open at the exits, except what the method's result carries out. */
  private static List<Leak> leaks(
      ForwardAnalysisImpl<Held, ObligationStore, OwnershipTransfer> analysis, Set<Obligation> returned) {
    Map<Obligation, Leak> leaks = new LinkedHashMap<>();
    ObligationStore normal = analysis.getRegularExitStore();
    if (normal != null) {
      normal.open().forEach(
          (o, ways) -> {
            if (!returned.contains(o)) {
              boolean normally = normal.isOpenNormally(o);
              leaks.put(o, new Leak(o, normally, ways, decidedByFlag(normal, o), !normally));
            }
          });
    }
    ObligationStore exceptional = analysis.getExceptionalExitStore();
    if (exceptional != null) {
      exceptional.open().forEach(
          (o, ways) -> {
            if (ways.isEmpty()) {
              // Every exception the check counts marks its way out (OwnershipTransfer.exceptionalStores).
              // An obligation with none came along an edge the transfer never judged: the dataflow's
              // own unchecked edges of an array access or an integer division (whose nodes are not
              // their blocks' nodes), which, like every unchecked exception, do not count.
              return;
            }
            Leak before = leaks.get(o);
            Set<PathOut> all = new LinkedHashSet<>(ways);
            if (before != null) {
              all.addAll(before.ways());
            }
            boolean byFlag = decidedByFlag(exceptional, o) && (before == null || before.ownershipByFlag());
            leaks.put(o, new Leak(o, before != null && before.onNormalPath(), all, byFlag, before != null && before.caught()));
          });
    }
    // One finding per acquiring expression: an earlier loop instance joins the current one.
    Map<com.sun.source.tree.Tree, Leak> bySite = new java.util.IdentityHashMap<>();
    for (Leak leak : leaks.values()) {
      bySite.merge(leak.obligation().acquisition(), leak, Leak::merge);
    }
    List<Leak> ordered = new ArrayList<>(bySite.values());
    ordered.sort(Comparator.comparingInt(l -> ((com.sun.tools.javac.tree.JCTree) l.obligation().acquisition()).getStartPosition()));
    return ordered;
  }
}
