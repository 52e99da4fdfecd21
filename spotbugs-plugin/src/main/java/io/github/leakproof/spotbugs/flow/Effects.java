package io.github.leakproof.spotbugs.flow;

import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Hierarchy;
import edu.umd.cs.findbugs.ba.XField;
import io.github.leakproof.model.ResourceCatalogue;
import java.util.BitSet;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ReferenceType;
import org.apache.bcel.generic.Type;

/**
 * What an instruction does to obligations, given the frame just before it: the rules every check
 * shares (returning, storing in a field or an array element, capturing in a lambda hands an object
 * on) and, for calls, what the check's {@link ObligationRules} say.
 */
final class Effects {
  private final ObligationRules rules;
  private final Sites sites;
  private final ConstantPoolGen cpg;
  private final LambdaCaptures lambdas;

  Effects(ObligationRules rules, Sites sites, ConstantPoolGen cpg, JavaClass javaClass) {
    this.rules = rules;
    this.sites = sites;
    this.cpg = cpg;
    this.lambdas = new LambdaCaptures(javaClass);
  }

  Sites sites() {
    return sites;
  }

  /** The instruction's effect, or null if it only moves values (the frame's usual modelling). */
  Effect of(InstructionHandle handle, ObligationFrame before) throws DataflowAnalysisException {
    Instruction instruction = handle.getInstruction();
    return switch (instruction.getOpcode()) {
      case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESPECIAL, Const.INVOKESTATIC ->
          call(toCall((InvokeInstruction) instruction, handle, before));
      case Const.INVOKEDYNAMIC -> capture((INVOKEDYNAMIC) instruction, handle.getPosition(), before);
      case Const.ARETURN, Const.AASTORE -> Effect.handingOn(before.getTopValue());
      case Const.PUTFIELD, Const.PUTSTATIC ->
          ((FieldInstruction) instruction).getFieldType(cpg) instanceof ReferenceType
              ? Effect.handingOn(before.getTopValue())
              : null;
      case Const.GETFIELD, Const.GETSTATIC -> fieldRead((FieldInstruction) instruction);
      default -> null;
    };
  }

  /** The call at {@code handle}, with its operands read from the frame before it. */
  Call toCall(InvokeInstruction instruction, InstructionHandle handle, ObligationFrame before)
      throws DataflowAnalysisException {
    return toCall(instruction, handle.getPosition(), handle, before);
  }

  Call toCall(InvokeInstruction instruction, int pc, ObligationFrame before) throws DataflowAnalysisException {
    return toCall(instruction, pc, null, before);
  }

  private Call toCall(InvokeInstruction instruction, int pc, InstructionHandle handle, ObligationFrame before)
      throws DataflowAnalysisException {
    Type[] types = instruction.getArgumentTypes(cpg);
    Held[] arguments = new Held[types.length];
    int depth = 0;
    for (int i = types.length - 1; i >= 0; i--) {
      arguments[i] = before.getStackValue(depth);
      depth += types[i].getSize();
    }
    int opcode = instruction.getOpcode();
    Held receiver =
        opcode == Const.INVOKESTATIC || opcode == Const.INVOKEDYNAMIC ? null : before.getStackValue(depth);
    return new Call(instruction, cpg, pc, receiver, List.of(arguments), handle);
  }

  private Effect call(Call call) {
    CallOutcome outcome = call.isConstructor() ? rules.construction(call, sites) : rules.call(call, sites);
    BitSet released = new BitSet();
    BitSet handedOn = new BitSet();
    BitSet moved = new BitSet();
    BitSet movedParents = new BitSet();
    BitSet closedIfItFails = new BitSet();
    if (call.receiver() != null && !call.isConstructor()) {
      fate(outcome.receiver(), call.receiver(), released, handedOn, moved, movedParents, closedIfItFails);
    }
    for (int i = 0; i < call.arguments().size(); i++) {
      fate(outcome.arguments().get(i), call.arguments().get(i), released, handedOn, moved, movedParents,
          closedIfItFails);
    }
    BitSet paired = call.isConstructor() ? new BitSet() : sites.pairedWith(call.name());
    released.or(paired);
    BitSet resultSites = (BitSet) moved.clone();
    BitSet resultParents = movedParents;
    if (outcome.returnsReceiver() && call.receiver() != null) {
      resultSites.or(call.receiver().sites());
      resultParents.or(call.receiver().parents());
    }
    int opened = -1;
    if (outcome.opens() != null) {
      opened =
          sites.acquired(
              call.isConstructor() ? call.newPc() : call.pc(), outcome.opens(), outcome.dependent(),
              outcome.pairedRelease());
      resultSites.set(opened);
    } else if (outcome.child() && call.receiver() != null) {
      resultParents.or(call.receiver().all()); // closed with the receiver, handed on with it
    }
    Held result = Held.of(resultSites, resultParents);
    if (outcome.closedWhen() != null && call.receiver() != null && call.receiver().holdsAny()) {
      result = Held.status(call.receiver().sites(), outcome.closedWhen());
    }
    Boolean nullWhen = ResourceCatalogue.nullWhen(call.owner(), call.name());
    if (nullWhen != null && call.isStatic() && call.arguments().size() == 1) {
      result = Held.nullQuery(call.arguments().get(0), nullWhen); // if (Objects.nonNull(in)) in.close()
    }
    boolean isRelease =
        (call.receiver() != null && !call.isConstructor() && outcome.receiver() == Fate.RELEASED)
            || outcome.arguments().contains(Fate.RELEASED)
            || !paired.isEmpty();
    boolean cannotFail =
        call.receiver() != null && !call.isConstructor() && outcome.receiver() == Fate.CANNOT_FAIL_WHILE_OPEN
            && call.receiver().holdsAny();
    return new Effect(
        released, handedOn, moved, closedIfItFails, result, opened, call.newPc(), isRelease, cannotFail);
  }

  /** Closing releases an operand's own sites; handing it on hands on what it was derived from too. */
  private static void fate(
      Fate fate, Held operand, BitSet released, BitSet handedOn, BitSet moved, BitSet movedParents,
      BitSet closedIfItFails) {
    switch (fate) {
      case RELEASED -> released.or(operand.sites());
      case CLOSED_IF_IT_FAILS -> closedIfItFails.or(operand.sites());
      case CANNOT_FAIL_WHILE_OPEN -> {} // judged on the call as a whole, below
      case HANDED_ON -> handedOn.or(operand.all());
      case MOVED -> {
        moved.or(operand.sites());
        movedParents.or(operand.parents());
      }
      case BORROWED -> {}
    }
  }

  /**
   * A lambda or method reference keeps what it captures, except a bound reference to a method that does
   * not release its receiver; other {@code invokedynamic}s only look.
   */
  private Effect capture(INVOKEDYNAMIC instruction, int pc, ObligationFrame before) throws DataflowAnalysisException {
    Call call = toCall(instruction, pc, before);
    BitSet operands = new BitSet();
    call.arguments().forEach(argument -> operands.or(argument.all()));
    String bound = lambdas.boundMethodName(instruction);
    // A bound reference to a method that does not release its receiver only uses it: pool::execute.
    boolean keeps = lambdas.captures(instruction)
        && (bound == null || call.arguments().size() != 1 || rules.releasesReceiver(bound));
    return new Effect(
        new BitSet(), keeps ? operands : new BitSet(), new BitSet(), new BitSet(), Held.NOTHING, -1, -1, false,
        false);
  }

  private Effect fieldRead(FieldInstruction instruction) {
    if (!(instruction.getFieldType(cpg) instanceof ReferenceType)) {
      return null;
    }
    XField field =
        Hierarchy.findXField(
            instruction.getReferenceType(cpg).toString(),
            instruction.getFieldName(cpg),
            instruction.getSignature(cpg),
            instruction.getOpcode() == Const.GETSTATIC);
    return field == null ? null : Effect.pushing(rules.fieldRead(field, sites));
  }
}
