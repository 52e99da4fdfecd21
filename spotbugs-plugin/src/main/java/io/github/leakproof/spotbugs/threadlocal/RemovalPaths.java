package io.github.leakproof.spotbugs.threadlocal;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.Edge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.bcel.classfile.CodeException;
import org.apache.bcel.generic.InstructionHandle;

/**
 * Where, relative to a {@code set}, a method takes the value away again: the two questions asked
 * before the dataflow, in the same terms as the Error Prone front end's source-level rule.
 */
final class RemovalPaths {
  private RemovalPaths() {}

  /**
   * True if a {@code finally} covers the set: a catch-any handler (what javac makes of {@code
   * finally}) whose code undoes the value, protecting the set itself or starting right after it
   * with nothing in between that could throw or leave.
   *
   * @param undoes offsets of instructions that take the value away again
   */
  static boolean coveredByFinally(int setPc, CodeException[] handlers, MethodFacts facts, IntPredicate undoes) {
    if (handlers == null) {
      return false;
    }
    for (CodeException handler : handlers) {
      if (handler.getCatchType() != 0) {
        continue; // a catch clause, not a finally
      }
      boolean protects =
          (handler.getStartPC() <= setPc && setPc < handler.getEndPC())
              || (setPc < handler.getStartPC() && facts.quietBetween(setPc, handler.getStartPC()));
      if (protects && handlerUndoes(handler.getHandlerPC(), facts, undoes)) {
        return true;
      }
    }
    return false;
  }

  private static boolean handlerUndoes(int handlerPc, MethodFacts facts, IntPredicate undoes) {
    int end = facts.firstThrowFrom(handlerPc);
    if (end < 0) {
      return false;
    }
    for (int pc : facts.opcodes.subMap(handlerPc, true, end, false).keySet()) {
      if (undoes.test(pc)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if an instruction that removes the value can run after the set on the normal path, without
   * an exception: the shape of "set, work, remove". A method that removes only on another branch, or
   * only in a {@code catch}, is a setter or begin() API that means the value to outlive the call.
   *
   * @param removes offsets of instructions that remove the value
   */
  static boolean removedLaterOnTheNormalPath(CFG cfg, int setPc, IntPredicate removes) {
    Deque<BasicBlock> work = new ArrayDeque<>();
    Set<BasicBlock> seen = new HashSet<>();
    for (Iterator<BasicBlock> blocks = cfg.blockIterator(); blocks.hasNext(); ) {
      BasicBlock block = blocks.next();
      boolean afterSet = false;
      for (Iterator<InstructionHandle> it = block.instructionIterator(); it.hasNext(); ) {
        int pc = it.next().getPosition();
        if (afterSet && removes.test(pc)) {
          return true;
        }
        afterSet |= pc == setPc;
      }
      if (afterSet) {
        seen.add(block);
        successors(cfg, block, work);
      }
    }
    while (!work.isEmpty()) {
      BasicBlock block = work.pop();
      if (!seen.add(block)) {
        continue;
      }
      for (Iterator<InstructionHandle> it = block.instructionIterator(); it.hasNext(); ) {
        if (removes.test(it.next().getPosition())) {
          return true;
        }
      }
      successors(cfg, block, work);
    }
    return false;
  }

  private static void successors(CFG cfg, BasicBlock block, Deque<BasicBlock> work) {
    for (Iterator<Edge> edges = cfg.outgoingEdgeIterator(block); edges.hasNext(); ) {
      Edge edge = edges.next();
      if (!edge.isExceptionEdge()) {
        work.push(edge.getTarget());
      }
    }
  }
}
