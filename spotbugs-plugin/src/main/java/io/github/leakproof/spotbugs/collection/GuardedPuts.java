package io.github.leakproof.spotbugs.collection;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.visitclass.DismantleBytecode;
import io.github.leakproof.model.CollectionCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Method;

/**
 * A get-or-create spelled out by hand ({@link CollectionCatalogue#isGuardablePut}), in one method's
 * bytecode: a {@code put(k, v)} that runs only where a lookup of the same field ({@code get}, {@code
 * containsKey}), earlier in the method, with the key in the same local variable, found no entry, and no
 * store to that variable in between. The lookup's result is marked on the operand stack (through locals and
 * casts); a branch testing it ({@code ifnull}/{@code ifnonnull}, {@code ifeq}/{@code ifne}) makes the code
 * where the key is absent a guarded range: the fall-through up to the branch's target ({@code if (v ==
 * null) {…}}, also after {@code &&}), or, from the target, up to the {@code goto} that ends the code before
 * it ({@code if (v != null) {…} else {…}}) or to the method's end if that code returns, throws or jumps
 * back ({@code if (v != null) return v;}, {@code continue}), when no other jump from outside lands in that range. The same shapes as the
 * Error Prone front end's.
 */
final class GuardedPuts {
  /** A lookup of {@code key} (a register) on a field, at {@code pc}: the mark its result carries. */
  private record Lookup(XField field, int keyRegister, int pc, CollectionCatalogue.Lookup kind) {}

  /** Code in {@code [from, to)}, entered by the branch at {@code branch}, runs only where {@code lookup} found no entry. */
  private record Guard(Lookup lookup, int branch, int from, int to) {}

  /** A branch taken where the key is absent, to {@code target}: its range is known once the scan reaches it. */
  private record Pending(Lookup lookup, int branch, int target) {}

  /** A jump seen so far in the method. */
  private record Jump(int from, int to) {}

  private final List<Guard> guards = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  private final List<Jump> jumps = new ArrayList<>();
  private final Map<Integer, Integer> lastStore = new HashMap<>();
  private Lookup lookupToMark;
  private int previousOpcode = -1;
  private int previousTarget = -1;
  private int codeLength;

  void enter(Method method) {
    guards.clear();
    pending.clear();
    jumps.clear();
    lastStore.clear();
    lookupToMark = null;
    previousOpcode = -1;
    previousTarget = -1;
    codeLength = method.getCode() == null ? 0 : method.getCode().getLength();
  }

  /** Before the stack takes {@code seen}: branches on a marked lookup, stores, the end of code before a target. */
  void sawOpcode(DismantleBytecode code, OpcodeStack stack, int seen) {
    int pc = code.getPC();
    pending.removeIf(branch -> branch.target() == pc && resolve(branch, pc));
    boolean absentOnJump = seen == Const.IFNULL || seen == Const.IFEQ;
    if ((absentOnJump || seen == Const.IFNONNULL || seen == Const.IFNE) && stack.getStackDepth() > 0
        && stack.getStackItem(0).getUserValue() instanceof Lookup lookup
        && (lookup.kind() == CollectionCatalogue.Lookup.VALUE) == (seen == Const.IFNULL || seen == Const.IFNONNULL)
        && code.getBranchTarget() > pc) {
      if (absentOnJump) {
        pending.add(new Pending(lookup, pc, code.getBranchTarget()));
      } else {
        guards.add(new Guard(lookup, pc, pc + 1, code.getBranchTarget()));
      }
    }
    if (DismantleBytecode.isSwitch(seen)) {
      jumps.add(new Jump(pc, pc + code.getDefaultSwitchOffset()));
      for (int offset : code.getSwitchOffsets()) {
        jumps.add(new Jump(pc, pc + offset));
      }
    } else if (DismantleBytecode.isBranch(seen)) {
      jumps.add(new Jump(pc, code.getBranchTarget()));
    }
    if (code.isRegisterStore()) {
      lastStore.put(code.getRegisterOperand(), pc);
    }
    previousOpcode = seen;
    previousTarget = seen == Const.GOTO || seen == Const.GOTO_W ? code.getBranchTarget() : -1;
  }

  /**
   * Reaching a taken branch's target: the code before it jumped over the absent case ({@code else}), or does
   * not go on to it at all (returns, throws, jumps back: {@code break}, {@code continue}).
   */
  private boolean resolve(Pending branch, int pc) {
    if (previousTarget > pc) {
      guards.add(new Guard(branch.lookup(), branch.branch(), pc, previousTarget));
    } else if (previousOpcode == Const.ATHROW || previousOpcode == Const.GOTO || previousOpcode == Const.GOTO_W
        || previousOpcode >= Const.IRETURN && previousOpcode <= Const.RETURN) {
      guards.add(new Guard(branch.lookup(), branch.branch(), pc, codeLength));
    }
    return true;
  }

  /** A call on a judged field that reads it: marks the result of a lookup of a key held in a local. */
  void sawLookup(XField field, String method, int arguments, OpcodeStack stack, int pc) {
    CollectionCatalogue.Lookup kind = CollectionCatalogue.lookupOf(method);
    int register = arguments == 1 ? stack.getStackItem(0).getRegisterNumber() : -1;
    if (kind != null && register >= 0) {
      lookupToMark = new Lookup(field, register, pc, kind);
    }
  }

  /** After the stack took the instruction: the lookup's result carries its mark. */
  void afterOpcode(OpcodeStack stack) {
    if (lookupToMark != null && stack.getStackDepth() > 0) {
      stack.getStackItem(0).setUserValue(lookupToMark);
    }
    lookupToMark = null;
  }

  /** True if a put on {@code field} at {@code pc}, its key in {@code keyRegister}, is guarded by an absent lookup. */
  boolean isGuarded(XField field, int keyRegister, int pc) {
    if (keyRegister < 0) {
      return false;
    }
    int stored = lastStore.getOrDefault(keyRegister, -1);
    for (Guard guard : guards) {
      Lookup lookup = guard.lookup();
      if (lookup.field().equals(field) && lookup.keyRegister() == keyRegister && guard.from() <= pc
          && pc < guard.to() && stored < lookup.pc() && enteredOnlyBy(guard, pc)) {
        return true;
      }
    }
    return false;
  }

  /**
   * No other jump from outside the guarded range lands in it before {@code pc}: {@code if (c || v == null)}
   * or {@code if (v != null && c) return v;} reach the put where the key may be present.
   */
  private boolean enteredOnlyBy(Guard guard, int pc) {
    for (Jump jump : jumps) {
      if (jump.from() != guard.branch() && jump.to() >= guard.from() && jump.to() <= pc
          && (jump.from() < guard.from() || jump.from() >= guard.to())) {
        return false;
      }
    }
    return true;
  }
}
