package io.github.leakproof.spotbugs.flow;

import io.github.leakproof.spotbugs.common.ParameterSlots;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.Dataflow;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.ba.Location;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import io.github.leakproof.spotbugs.common.TypeNames;
import io.github.leakproof.spotbugs.flow.Site.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.LineNumberTable;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.Type;

/**
 * One method's obligations, followed over its control-flow graph ({@link ObligationAnalysis}): which
 * objects it makes that must be released, and which of them leak — still open when the method ends,
 * normally or by an exception the check counts, or lost open on the way — and how ({@link Leak}). Also
 * lets a check look at every instruction with what its operands hold ({@link #forEachInstruction}).
 *
 * <p>SpotBugs' own resource framework ({@code ResourceValueAnalysis}, used by {@code FindOpenStream})
 * follows one resource per pass, with a single status per frame and SpotBugs' notion of escaping; the
 * contract here needs several resources at once (aliases, wrappers taking over, children covered by
 * their parents), borrowed versus handed-on calls, checked-exception edges only, and conditions along
 * paths, so this analysis has a frame of its own on the same CFG and dataflow engine.
 */
public final class ObligationFlow {
  private final Method method;
  private final CFG cfg;
  private final Sites sites;
  private final Effects effects;
  private final Dataflow<ObligationFrame, ObligationAnalysis> dataflow;

  private ObligationFlow(Method method, CFG cfg, Sites sites, Effects effects, Dataflow<ObligationFrame, ObligationAnalysis> dataflow) {
    this.method = method;
    this.cfg = cfg;
    this.sites = sites;
    this.effects = effects;
    this.dataflow = dataflow;
  }

  /**
   * Runs the analysis on {@code method} (which must have code).
   *
   * @param followParameters true to give each reference parameter a {@link Kind#PARAMETER} site (to
   *     learn what the method does with its parameters); false for the obligations it makes itself
   */
  public static ObligationFlow analyse(
      ClassContext classContext, Method method, ObligationRules rules, boolean followParameters)
      throws CheckedAnalysisException {
    CFG cfg = classContext.getCFG(method);
    MethodGen methodGen = classContext.getMethodGen(method);
    Sites sites = new Sites();
    Effects effects = new Effects(rules, sites, classContext.getConstantPoolGen(), classContext.getJavaClass());
    Held[] entry = new Held[methodGen.getMaxLocals()];
    if (followParameters) {
      int slot = method.isStatic() ? 0 : 1;
      Type[] parameters = method.getArgumentTypes();
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i].getSize() == 1 && slot < entry.length) {
          entry[slot] = Held.site(sites.parameter(i));
        }
        slot += parameters[i].getSize();
      }
    }
    ObligationAnalysis analysis =
        new ObligationAnalysis(
            classContext.getDepthFirstSearch(method), cfg, methodGen.getMaxLocals(), entry, rules, effects,
            classContext.getConstantPoolGen(), !method.isStatic());
    Dataflow<ObligationFrame, ObligationAnalysis> dataflow = new Dataflow<>(cfg, analysis);
    dataflow.execute();
    return new ObligationFlow(method, cfg, sites, effects, dataflow);
  }

  public Sites sites() {
    return sites;
  }

  /**
   * The acquired sites that leak: still open where the method ends, or lost open anywhere on the way
   * (even on a path that never ends, such as a server's accept loop), each once, in site order.
   */
  public List<Leak> leaks() throws DataflowAnalysisException {
    BitSet leaked = new BitSet();
    BitSet reopened = new BitSet();
    ObligationFrame exit = dataflow.getStartFact(cfg.getExit());
    if (exit.isValid()) {
      leaked.or(exit.open());
    }
    for (BasicBlock block : cfg.blocks()) {
      ObligationFrame result = dataflow.getResultFact(block);
      if (result.isValid()) {
        leaked.or(result.lost());
        reopened.or(result.reopened());
      }
    }
    leaked = sites.only(leaked, Kind.ACQUIRED);
    List<Leak> leaks = new ArrayList<>();
    for (int site = leaked.nextSetBit(0); site >= 0; site = leaked.nextSetBit(site + 1)) {
      boolean byFlag = exit.isValid() && exit.isOpen(site) && !reopened.get(site) && decidedByFlag(exit, site);
      leaks.add(howItLeaks(site, reopened.get(site), byFlag));
    }
    return leaks;
  }

  /**
   * True if a boolean parameter or field was tested after {@code site} was opened, on every path where
   * it is open at the exit: {@code if (closeResources) statement.close()} — the caller decides.
   */
  private boolean decidedByFlag(ObligationFrame exit, int site) {
    for (Condition learnt : exit.learntSinceOpened(site).keySet()) {
      Object subject = learnt.subject();
      boolean parameterOrField = subject instanceof Integer slot ? slot < parameterSlots() : subject instanceof String;
      if (!learnt.isNullTest() && parameterOrField) {
        return true;
      }
    }
    return false;
  }

  private int parameterSlots() {
    return ParameterSlots.of(method);
  }

  /** Sees one instruction, with the frame just before it and its effect (null if it only moves values). */
  public interface InstructionObserver {
    void see(Location location, ObligationFrame before, Effect effect, Call call) throws DataflowAnalysisException;
  }

  /** Shows every reachable instruction to {@code observer}, in no particular order; calls come with their {@link Call}. */
  public void forEachInstruction(InstructionObserver observer) throws DataflowAnalysisException {
    for (Location location : cfg.locations()) {
      ObligationFrame before = dataflow.getFactAtLocation(location);
      if (!before.isValid()) {
        continue;
      }
      InstructionHandle handle = location.getHandle();
      Effect effect = effects.of(handle, before);
      Call call =
          handle.getInstruction() instanceof InvokeInstruction invoke
              ? effects.toCall(invoke, handle, before)
              : null;
      observer.see(location, before, effect, call);
    }
  }

  /**
   * One leaking site and how it gets out of the method open.
   *
   * @param opened the site
   * @param onNormalPath true if it is open (or lost) at a normal return, or was made again while open
   * @param reopened true if the same instruction made it again while it was still open (a loop)
   * @param decidedByFlag true if, wherever it leaks, a boolean parameter or field tested after it was
   *     opened decided not to close it: the caller chose who owns it
   * @param returnLine the line of the first return it leaks through, or -1
   * @param throwingCall {@code method()} or {@code new T(…)}: a call whose exception leaves the method with it open, or null
   * @param throwLine the line of that call, or of a {@code throw} that leaves with it open, or -1
   */
  public record Leak(
      Site opened, boolean onNormalPath, boolean reopened, boolean decidedByFlag, int returnLine,
      String throwingCall, int throwLine) {}

  /**
   * Finds the ways out: a return it is still open (or lost) at; a call whose exception leaves the
   * method with it open; a {@code throw} that does; else a call whose exception it is open at, caught
   * on the way out (a {@code catch} or {@code finally} that does not close it).
   */
  private Leak howItLeaks(int site, boolean reopened, boolean byFlag) throws DataflowAnalysisException {
    int normalExit = Integer.MAX_VALUE;
    InstructionHandle leavingCall = null;
    InstructionHandle leavingThrow = null;
    InstructionHandle caughtCall = null;
    for (Iterator<Edge> edges = cfg.edgeIterator(); edges.hasNext(); ) {
      Edge edge = edges.next();
      BasicBlock source = edge.getSource();
      ObligationFrame fact = dataflow.getResultFact(source);
      if (!fact.isValid()) {
        continue;
      }
      boolean toExit = edge.getTarget() == cfg.getExit();
      if (!edge.isExceptionEdge()) {
        if (toExit && (fact.isOpen(site) || fact.isLost(site)) && source.getLastInstruction() != null) {
          normalExit = Math.min(normalExit, source.getLastInstruction().getPosition());
        }
        continue;
      }
      InstructionHandle thrower = source.getExceptionThrower();
      if (!fact.isOpen(site) || !dataflow.getAnalysis().exceptionCarriesFacts(edge, fact)) {
        continue;
      }
      Effect effect = effects.of(thrower, fact);
      if (effect != null && effect.discharged().get(site)) {
        continue;
      }
      boolean isThrow = thrower.getInstruction().getOpcode() == Const.ATHROW;
      if (toExit && isThrow) {
        leavingThrow = earlier(leavingThrow, thrower);
      } else if (toExit) {
        leavingCall = earlier(leavingCall, thrower);
      } else if (!isThrow) {
        caughtCall = earlier(caughtCall, thrower);
      }
    }
    InstructionHandle call = leavingCall != null ? leavingCall : leavingThrow == null ? caughtCall : null;
    return new Leak(
        sites.get(site),
        normalExit != Integer.MAX_VALUE || reopened,
        reopened,
        byFlag,
        normalExit == Integer.MAX_VALUE ? -1 : lineOf(normalExit),
        call == null ? null : describe(call),
        call != null ? lineOf(call.getPosition()) : leavingThrow != null ? lineOf(leavingThrow.getPosition()) : -1);
  }

  /** {@code read()}, or {@code new InputStreamReader(…)}: the throwing call as findings name it. */
  private String describe(InstructionHandle thrower) {
    InvokeInstruction call = (InvokeInstruction) thrower.getInstruction();
    var cpg = cfg.getMethodGen().getConstantPool();
    String name = call.getMethodName(cpg);
    return name.equals(Const.CONSTRUCTOR_NAME)
        ? "new " + TypeNames.simpleName(call.getReferenceType(cpg).toString()) + "(…)"
        : name + "()";
  }

  private static InstructionHandle earlier(InstructionHandle a, InstructionHandle b) {
    return a == null || b.getPosition() < a.getPosition() ? b : a;
  }

  /** The source line of the instruction at {@code pc}, or -1. */
  public int lineOf(int pc) {
    LineNumberTable lines = method.getLineNumberTable();
    return lines == null ? -1 : lines.getSourceLine(pc);
  }
}
