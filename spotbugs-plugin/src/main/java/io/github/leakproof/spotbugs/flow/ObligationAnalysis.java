package io.github.leakproof.spotbugs.flow;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.DepthFirstSearch;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.ba.EdgeTypes;
import edu.umd.cs.findbugs.ba.FrameDataflowAnalysis;
import edu.umd.cs.findbugs.ba.Location;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.InstructionHandle;

/**
 * Forward dataflow over a method's control-flow graph whose facts are {@link ObligationFrame}s: which
 * object each slot may hold, and which acquired objects may still be open.
 *
 * <p>Edges do three things beyond plain merging:
 *
 * <ul>
 *   <li>An exception edge carries facts only if the check's {@link ObligationRules#exceptionCounts}
 *       says so for the instruction that throws, and that instruction is not a release; otherwise the
 *       exception is ignored (the handler is not reached from there). An instruction that hands on or
 *       wraps an object has done so even if it throws.
 *   <li>On the branch of {@code x == null} where {@code x} is null, the objects {@code x} may hold do
 *       not exist: there is nothing to release. A branch on a local or a field of {@code this} (its
 *       nullness, or a boolean's value) is remembered as a {@link Condition}: objects opened only
 *       where it had the other value are not open on this branch ({@code if (owned) in.close()}).
 *       On the branch where {@code x.isClosed()} says so, {@code x} is closed.
 *   <li>Into an exception handler the stack is the exception alone; into the exit it is empty.
 * </ul>
 */
final class ObligationAnalysis extends FrameDataflowAnalysis<Held, ObligationFrame> {
  private final CFG cfg;
  private final int numLocals;
  private final Held[] entryLocals;
  private final ObligationRules rules;
  private final Effects effects;
  private final ConstantPoolGen cpg;
  private final ObligationVisitor visitor;

  ObligationAnalysis(
      DepthFirstSearch dfs, CFG cfg, int numLocals, Held[] entryLocals, ObligationRules rules, Effects effects,
      ConstantPoolGen cpg, boolean hasThis) {
    super(dfs);
    this.cfg = cfg;
    this.numLocals = numLocals;
    this.entryLocals = entryLocals;
    this.rules = rules;
    this.effects = effects;
    this.cpg = cpg;
    this.visitor = new ObligationVisitor(cpg, effects, hasThis);
  }

  @Override
  public ObligationFrame createFact() {
    ObligationFrame frame = new ObligationFrame(numLocals);
    frame.setTop();
    return frame;
  }

  @Override
  public void initEntryFact(ObligationFrame fact) {
    fact.setValid();
    fact.clearStack();
    fact.clearObligations();
    for (int slot = 0; slot < numLocals; slot++) {
      fact.setValue(slot, slot < entryLocals.length && entryLocals[slot] != null ? entryLocals[slot] : Held.NOTHING);
    }
  }

  @Override
  public void transferInstruction(InstructionHandle handle, BasicBlock block, ObligationFrame fact)
      throws DataflowAnalysisException {
    visitor.setFrameAndLocation(fact, new Location(handle, block));
    visitor.model(handle.getInstruction());
  }

  @Override
  public void meetInto(ObligationFrame fact, Edge edge, ObligationFrame result) throws DataflowAnalysisException {
    if (!fact.isValid()) {
      mergeInto(fact, result);
      return;
    }
    ObligationFrame edgeFact = fact;
    if (edge.isExceptionEdge()) {
      if (!exceptionCarriesFacts(edge, fact)) {
        return;
      }
      edgeFact = modifyFrame(fact, null);
      Effect thrown = effects.of(edge.getSource().getExceptionThrower(), fact);
      if (thrown != null) {
        edgeFact.discharge(thrown.discharged());
      }
      edgeFact.clearStack();
      if (edge.getTarget().isExceptionHandler()) {
        edgeFact.pushValue(Held.NOTHING);
      }
      edgeFact.loseUnreachable(); // held only by the abandoned operand stack
    } else {
      Test test = testOn(edge);
      if (test != null) {
        edgeFact = modifyFrame(fact, null);
        if (test.isNullTest() && test.value()) {
          edgeFact.assumeNull(test.tested());
        }
        if (!test.isNullTest() && test.tested().closedWhen() == test.value()) {
          edgeFact.discharge(test.tested().statusOf()); // if (!socket.isClosed()): closed where it says so
        }
        if (test.tested().origin() != null) {
          edgeFact.assume(new Condition(test.tested().origin(), test.isNullTest()), test.value());
        }
      }
    }
    if (edge.getTarget() == cfg.getExit() && edgeFact.getStackDepth() > 0) {
      edgeFact = modifyFrame(edgeFact, edgeFact == fact ? null : edgeFact);
      edgeFact.clearStack();
    }
    mergeInto(edgeFact, result);
  }

  /**
   * True if the exception this edge carries leaves obligations behind: the check's rules count it,
   * it is not a failing release ({@code rows.close()} throwing in a {@code finally} is not held
   * against the connection closed after it), and the call can fail at all ({@code
   * socket.setSoTimeout(ms)} on a socket held open cannot).
   */
  boolean exceptionCarriesFacts(Edge edge, ObligationFrame before) throws DataflowAnalysisException {
    InstructionHandle thrower = edge.getSource().getExceptionThrower();
    if (thrower == null || !rules.exceptionCounts(thrower, edge.getTarget(), cfg.getMethodGen())) {
      return false;
    }
    Effect effect = effects.of(thrower, before);
    return effect == null || !effect.isRelease() && !effect.cannotFail();
  }

  /**
   * What a branch edge tells: the value tested, whether the test was for null (else for zero), and
   * its outcome on this edge ({@code true}: null, or non-zero).
   */
  private record Test(Held tested, boolean isNullTest, boolean value) {}

  private Test testOn(Edge edge) throws DataflowAnalysisException {
    int type = edge.getType();
    if (type != EdgeTypes.IFCMP_EDGE && type != EdgeTypes.FALL_THROUGH_EDGE) {
      return null;
    }
    BasicBlock source = edge.getSource();
    InstructionHandle last = source.getLastInstruction();
    if (last == null) {
      return null;
    }
    boolean taken = type == EdgeTypes.IFCMP_EDGE;
    int opcode = last.getInstruction().getOpcode();
    if (opcode != Const.IFNULL && opcode != Const.IFNONNULL && opcode != Const.IF_ACMPEQ
        && opcode != Const.IF_ACMPNE && opcode != Const.IFEQ && opcode != Const.IFNE) {
      return null;
    }
    ObligationFrame atTest = getFactAtLocation(new Location(last, source));
    if (!atTest.isValid()) {
      return null;
    }
    Held top = atTest.getStackValue(0);
    if (top.nullQueryOf() != null && (opcode == Const.IFEQ || opcode == Const.IFNE)) {
      boolean answeredTrue = (opcode == Const.IFNE) == taken;
      return new Test(top.nullQueryOf(), true, answeredTrue == top.nullWhenTrue());
    }
    return switch (opcode) {
      case Const.IFNULL -> new Test(top, true, taken);
      case Const.IFNONNULL -> new Test(top, true, !taken);
      case Const.IFEQ -> new Test(top, false, !taken);
      case Const.IFNE -> new Test(top, false, taken);
      default -> {
        Held other = atTest.getStackValue(1);
        Held tested = top.isNull() ? other : other.isNull() ? top : null;
        yield tested == null ? null : new Test(tested, true, (opcode == Const.IF_ACMPEQ) == taken);
      }
    };
  }

  @Override
  protected void mergeInto(ObligationFrame other, ObligationFrame result) throws DataflowAnalysisException {
    boolean resultWasTop = result.isTop();
    super.mergeInto(other, result);
    if (!resultWasTop && other.isValid() && result.isValid()) {
      result.mergeObligations(other);
    }
  }

  @Override
  protected void mergeValues(ObligationFrame other, ObligationFrame result, int slot) {
    result.setValue(slot, Held.merge(result.getValue(slot), other.getValue(slot)));
  }
}
