package io.github.leakproof.spotbugs.threadlocal;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.DepthFirstSearch;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.ba.ForwardDataflowAnalysis;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;

/**
 * Forward "may still be set" analysis over a method's control-flow graph: which {@code set} sites may
 * have given a thread-local a value that no removal has taken away yet. A site still open at the
 * method's exit leaks on some path.
 *
 * <p>Exception edges carry the open sites only from calls and explicit throws, and not from the
 * thread-local's own methods: implicit runtime exceptions (a null field, an array index) would make
 * every method look leaky.
 */
final class OpenSetsAnalysis extends ForwardDataflowAnalysis<OpenSetsAnalysis.OpenSets> {
  /** Per instruction offset: sites it opens (non-negative) and sites it closes (encoded {@code -1 - site}). */
  private final Map<Integer, List<Integer>> effects;

  /** Offsets of calls whose exceptions do not count (the thread-local's own methods). */
  private final Set<Integer> quietCalls;

  OpenSetsAnalysis(DepthFirstSearch dfs, Map<Integer, List<Integer>> effects, Set<Integer> quietCalls) {
    super(dfs);
    this.effects = effects;
    this.quietCalls = quietCalls;
  }

  static int closing(int site) {
    return -1 - site;
  }

  /** The set sites that may be open, or top (not yet reached). */
  static final class OpenSets {
    final BitSet open = new BitSet();
    boolean top;

    void copyFrom(OpenSets other) {
      open.clear();
      open.or(other.open);
      top = other.top;
    }
  }

  @Override
  public OpenSets createFact() {
    return new OpenSets();
  }

  @Override
  public void copy(OpenSets source, OpenSets dest) {
    dest.copyFrom(source);
  }

  @Override
  public void initEntryFact(OpenSets fact) {
    fact.open.clear();
    fact.top = false;
  }

  @Override
  public void makeFactTop(OpenSets fact) {
    fact.open.clear();
    fact.top = true;
  }

  @Override
  public boolean isTop(OpenSets fact) {
    return fact.top;
  }

  @Override
  public boolean isFactValid(OpenSets fact) {
    return !fact.top;
  }

  @Override
  public boolean same(OpenSets a, OpenSets b) {
    return a.top == b.top && a.open.equals(b.open);
  }

  @Override
  public void meetInto(OpenSets fact, Edge edge, OpenSets result) {
    if (fact.top) {
      return;
    }
    boolean carries = !edge.isExceptionEdge() || exceptionCarriesObligations(edge.getSource());
    if (result.top) {
      result.top = false;
      result.open.clear();
    }
    if (carries) {
      result.open.or(fact.open);
    }
  }

  @Override
  public void transferInstruction(InstructionHandle handle, BasicBlock block, OpenSets fact) {
    List<Integer> here = effects.get(handle.getPosition());
    if (here == null || fact.top) {
      return;
    }
    for (int effect : here) {
      if (effect >= 0) {
        fact.open.set(effect);
      } else {
        fact.open.clear(-1 - effect);
      }
    }
  }

  private boolean exceptionCarriesObligations(BasicBlock source) {
    if (!source.isExceptionThrower()) {
      return true;
    }
    InstructionHandle thrower = source.getExceptionThrower();
    Instruction instruction = thrower.getInstruction();
    if (instruction instanceof ATHROW) {
      return true;
    }
    return instruction instanceof InvokeInstruction && !quietCalls.contains(thrower.getPosition());
  }
}
