package io.github.leakproof.spotbugs.flow;

import edu.umd.cs.findbugs.ba.AbstractFrameModelingVisitor;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.InvalidBytecodeException;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.BIPUSH;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.ICONST;
import org.apache.bcel.generic.IINC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.LoadInstruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.SIPUSH;
import org.apache.bcel.generic.StoreInstruction;

/**
 * Models one instruction on an {@link ObligationFrame}: values move between locals and the stack as
 * the JVM moves them (the base class), casts keep their value, {@code null}, small constants and
 * unconstructed objects are told apart, a value just loaded remembers where from (for the branch that
 * tests it), and instructions with an {@link Effect} open, release or hand on obligations and push
 * what their result holds. After each instruction, open objects that no slot holds any more are lost.
 */
final class ObligationVisitor extends AbstractFrameModelingVisitor<Held, ObligationFrame> {
  private final Effects effects;
  private final boolean hasThis;

  ObligationVisitor(ConstantPoolGen cpg, Effects effects, boolean hasThis) {
    super(cpg);
    this.effects = effects;
    this.hasThis = hasThis;
  }

  @Override
  public Held getDefaultValue() {
    return Held.NOTHING;
  }

  /** Models the instruction at the visitor's location. */
  void model(Instruction instruction) throws DataflowAnalysisException {
    ObligationFrame frame = getFrame();
    if (!frame.isValid()) {
      return;
    }
    Effect effect;
    Object fieldSubject = fieldSubject(instruction, frame);
    try {
      effect = effects.of(getLocation().getHandle(), frame);
    } catch (InvalidBytecodeException e) {
      throw new DataflowAnalysisException("cannot model " + instruction, e);
    }
    if (effect == null) {
      analyzeInstruction(instruction);
    } else {
      apply(instruction, effect, frame);
    }
    if (fieldSubject != null) {
      int opcode = instruction.getOpcode();
      if (opcode == Const.GETFIELD || opcode == Const.GETSTATIC) {
        frame.pushValue(frame.popValue().from(fieldSubject));
      } else {
        frame.assigned(fieldSubject, Held.NOTHING);
      }
    }
    frame.loseUnreachable();
  }

  private void apply(Instruction instruction, Effect effect, ObligationFrame frame) {
    frame.discharge(effect.dischargedNormally());
    if (effect.opened() >= 0) {
      frame.opens(effect.opened());
    }
    int consumed = getNumWordsConsumed(instruction);
    int produced = getNumWordsProduced(instruction);
    Held result = effect.result() == null ? Held.NOTHING : effect.result();
    if (effect.newPc() >= 0) {
      modelInstruction(instruction, consumed, produced, Held.NOTHING);
      frame.constructed(effect.newPc(), result);
    } else if (produced == 1) {
      modelInstruction(instruction, consumed, produced, result);
    } else {
      modelInstruction(instruction, consumed, produced, Held.NOTHING);
    }
  }

  /**
   * For a read or write of a field of {@code this} or a static field, the field as a condition
   * subject ({@code if (forced == null)}); else null.
   */
  private Object fieldSubject(Instruction instruction, ObligationFrame frame) throws DataflowAnalysisException {
    if (!(instruction instanceof FieldInstruction field)) {
      return null;
    }
    String name = field.getReferenceType(cpg) + "." + field.getFieldName(cpg);
    return switch (instruction.getOpcode()) {
      case Const.GETSTATIC, Const.PUTSTATIC -> "static " + name;
      case Const.GETFIELD -> hasThis && Integer.valueOf(0).equals(frame.getTopValue().origin()) ? "this." + name : null;
      default -> "this." + name; // a store through any reference may change this object's field
    };
  }

  @Override
  public void handleLoadInstruction(LoadInstruction obj) {
    super.handleLoadInstruction(obj);
    if (obj.produceStack(cpg) == 1) {
      ObligationFrame frame = getFrame();
      frame.setValue(frame.getNumSlots() - 1, frame.getValue(frame.getNumSlots() - 1).from(obj.getIndex()));
    }
  }

  @Override
  public void handleStoreInstruction(StoreInstruction obj) {
    ObligationFrame frame = getFrame();
    Held stored = frame.getValue(frame.getNumSlots() - 1);
    super.handleStoreInstruction(obj);
    int index = obj.getIndex();
    frame.setValue(index, frame.getValue(index).from(null));
    frame.assigned(index, stored);
    frame.stored(index, stored);
    if (obj.consumeStack(cpg) == 2) {
      frame.assigned(index + 1, Held.NOTHING);
      frame.stored(index + 1, Held.NOTHING);
    }
  }

  @Override
  public void visitIINC(IINC obj) {
    getFrame().assigned(obj.getIndex(), Held.NOTHING);
  }

  @Override
  public void visitACONST_NULL(ACONST_NULL obj) {
    getFrame().pushValue(Held.NULL);
  }

  @Override
  public void visitICONST(ICONST obj) {
    getFrame().pushValue(obj.getValue().intValue() == 0 ? Held.ZERO : Held.NON_ZERO);
  }

  @Override
  public void visitBIPUSH(BIPUSH obj) {
    getFrame().pushValue(obj.getValue().intValue() == 0 ? Held.ZERO : Held.NON_ZERO);
  }

  @Override
  public void visitSIPUSH(SIPUSH obj) {
    getFrame().pushValue(obj.getValue().intValue() == 0 ? Held.ZERO : Held.NON_ZERO);
  }

  @Override
  public void visitNEW(NEW obj) {
    getFrame().pushValue(Held.uninitialised(getLocation().getHandle().getPosition()));
  }

  /** A cast changes the type, not the object. */
  @Override
  public void visitCHECKCAST(CHECKCAST obj) {}
}
