package io.github.leakproof.spotbugs.threadlocal;

import edu.umd.cs.findbugs.ba.XField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.bcel.Const;

/**
 * What the operand-stack pass learned about one method: its thread-local events, its instructions
 * (offset to opcode, and branch targets), and the null checks of values read from a thread-local.
 */
final class MethodFacts {
  final List<ObligationEvent> events = new ArrayList<>();
  /** The thread-local fields whose value this method has shrunk so far, in offset order. */
  final Set<XField> shrunk = new HashSet<>();
  final NavigableMap<Integer, Integer> opcodes = new TreeMap<>();
  final Map<Integer, Integer> branchTargets = new HashMap<>();
  final List<NullCheck> nullChecks = new ArrayList<>();
  /** Calls of other methods, by offset, as {@code owner.name(signature)}. */
  final NavigableMap<Integer, String> calls = new TreeMap<>();

  /** True if the method returns a value read from a thread-local ({@code return previous;}). */
  boolean returnsARead;

  /** {@code IFNULL}/{@code IFNONNULL} at {@code pc} on a value read from a thread-local. */
  record NullCheck(int pc, int opcode, int target) {}

  /**
   * True if the instruction at {@code pc} runs only when a read of a thread-local found nothing: it
   * lies on the null branch of such a check (the lazy-initialisation shape of a per-thread cache).
   */
  boolean runsOnlyWhenEmpty(int pc) {
    for (NullCheck check : nullChecks) {
      if (check.target() <= check.pc()) {
        continue; // a loop's back edge
      }
      if (check.opcode() == Const.IFNONNULL && check.pc() < pc && pc < check.target()) {
        return true; // if (read == null) { … set … }
      }
      if (check.opcode() == Const.IFNULL && pc >= check.target() && nonNullBranchSkips(check, pc)) {
        return true; // if (read != null) return read; … set …   or   … else { … set … }
      }
    }
    return false;
  }

  /**
   * The non-null branch (between the check and its target) returns what it found, or jumps past
   * {@code pc}: unconditionally, or when the rest of a disjunction is false ({@code if (read == null ||
   * stale(read)) { … set … }}, jsoup's per-thread encoder); a branch that throws is a guard against
   * nesting, not a cache.
   */
  private boolean nonNullBranchSkips(NullCheck check, int pc) {
    Map.Entry<Integer, Integer> last = opcodes.lowerEntry(check.target());
    if (last == null || last.getKey() <= check.pc()) {
      return false;
    }
    int opcode = last.getValue();
    if (opcode >= Const.IRETURN && opcode <= Const.RETURN) {
      return true;
    }
    Integer jump = branchTargets.get(last.getKey());
    return isBranch(opcode) && jump != null && jump > pc;
  }

  /**
   * True if nothing between {@code from} and {@code to} (both exclusive) can throw from a call or
   * leave the straight line: no call, no return or throw, no branch.
   */
  boolean quietBetween(int from, int to) {
    for (int opcode : opcodes.subMap(from, false, to, false).values()) {
      if (isCall(opcode) || leaves(opcode) || isBranch(opcode)) {
        return false;
      }
    }
    return true;
  }

  /** The offset of the first {@code ATHROW} at or after {@code pc}, or -1. */
  int firstThrowFrom(int pc) {
    for (Map.Entry<Integer, Integer> entry : opcodes.tailMap(pc, true).entrySet()) {
      if (entry.getValue() == Const.ATHROW) {
        return entry.getKey();
      }
    }
    return -1;
  }

  static boolean isCall(int opcode) {
    return opcode == Const.INVOKEVIRTUAL
        || opcode == Const.INVOKESPECIAL
        || opcode == Const.INVOKESTATIC
        || opcode == Const.INVOKEINTERFACE
        || opcode == Const.INVOKEDYNAMIC;
  }

  static boolean leaves(int opcode) {
    return (opcode >= Const.IRETURN && opcode <= Const.RETURN) || opcode == Const.ATHROW;
  }

  static boolean isBranch(int opcode) {
    return (opcode >= Const.IFEQ && opcode <= Const.LOOKUPSWITCH)
        || opcode == Const.IFNULL
        || opcode == Const.IFNONNULL
        || opcode == Const.GOTO_W
        || opcode == Const.JSR_W;
  }
}
