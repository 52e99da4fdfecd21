package io.github.leakproof.spotbugs.flow;

import edu.umd.cs.findbugs.ba.XMethod;
import io.github.leakproof.spotbugs.common.Callees;
import io.github.leakproof.spotbugs.common.TypeNames;
import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.ConstantPushInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LDC;
import org.apache.bcel.generic.Type;

/** One call instruction as the analysis meets it: what is called, and what its operands may hold. */
public final class Call {
  private final InvokeInstruction instruction;
  private final ConstantPoolGen cpg;
  private final int pc;
  private final Held receiver;
  private final List<Held> arguments;
  private XMethod callee;
  private boolean resolved;

  private final InstructionHandle handle;

  Call(
      InvokeInstruction instruction, ConstantPoolGen cpg, int pc, Held receiver, List<Held> arguments,
      InstructionHandle handle) {
    this.instruction = instruction;
    this.cpg = cpg;
    this.pc = pc;
    this.receiver = receiver;
    this.arguments = arguments;
    this.handle = handle;
  }

  /**
   * For a constructor building the object of a {@code new}: the {@code int} constants its leading
   * arguments are, as javac pushes them right after {@code new} and {@code dup} ({@code new
   * ThreadPoolExecutor(0, 1, …)}: [0, 1]); the list stops at the first argument that is not a constant.
   */
  public List<Integer> leadingIntConstants() {
    List<Integer> constants = new ArrayList<>();
    if (!buildsNewObject() || handle == null) {
      return constants;
    }
    InstructionHandle at = handle;
    for (int steps = 0; at != null && at.getPosition() != newPc() && steps < 64; steps++) {
      at = at.getPrev();
    }
    if (at == null || at.getPosition() != newPc() || at.getNext() == null) {
      return constants;
    }
    for (InstructionHandle push = at.getNext().getNext(); push != null && push != handle; push = push.getNext()) {
      Integer value = intConstant(push.getInstruction());
      if (value == null) {
        break;
      }
      constants.add(value);
    }
    return constants;
  }

  private Integer intConstant(Instruction push) {
    if (push instanceof ConstantPushInstruction constant && constant.getValue() instanceof Integer value) {
      return value;
    }
    if (push instanceof LDC ldc && ldc.getValue(cpg) instanceof Integer value) {
      return value;
    }
    return null;
  }

  public InvokeInstruction instruction() {
    return instruction;
  }

  public ConstantPoolGen cpg() {
    return cpg;
  }

  public int pc() {
    return pc;
  }

  /** The class named in the instruction (the receiver's static type, or a static method's class), dotted. */
  public String owner() {
    return instruction.getReferenceType(cpg).toString();
  }

  /**
   * The types the call is made on, as the catalogues want them: the receiver's static type and its
   * supertypes for an instance method; only the declaring class for a static one (a subclass's own
   * {@code open()} is not {@code FileChannel.open}).
   */
  public List<String> ownerNames(TypeNames types) {
    if (!isStatic()) {
      return types.typeAndSupertypes(owner());
    }
    XMethod declared = callee();
    return List.of(declared != null ? declared.getClassName() : owner());
  }

  public String name() {
    return instruction.getMethodName(cpg);
  }

  public String signature() {
    return instruction.getSignature(cpg);
  }

  public boolean isStatic() {
    return instruction.getOpcode() == Const.INVOKESTATIC;
  }

  public boolean isConstructor() {
    return name().equals(Const.CONSTRUCTOR_NAME);
  }

  /** For a constructor: true if it builds an object of a {@code new} here, false for {@code this(…)}/{@code super(…)}. */
  public boolean buildsNewObject() {
    return isConstructor() && receiver != null && receiver.newPc() >= 0;
  }

  /** The offset of the {@code new} whose object a constructor builds, or -1. */
  public int newPc() {
    return receiver == null ? -1 : receiver.newPc();
  }

  /** What the receiver may hold; null for a static call. */
  public Held receiver() {
    return receiver;
  }

  /** True if the receiver was just loaded from local 0: {@code this}, in an instance method. */
  public boolean isOnLocalZero() {
    return receiver != null && Integer.valueOf(0).equals(receiver.origin());
  }

  /** What each argument may hold, first argument first. */
  public List<Held> arguments() {
    return arguments;
  }

  public Type[] argumentTypes() {
    return instruction.getArgumentTypes(cpg);
  }

  /** The erased names of the parameter types, as the catalogues want them: {@code int}, {@code java.io.File}. */
  public List<String> argumentTypeNames() {
    List<String> names = new ArrayList<>();
    for (Type parameter : argumentTypes()) {
      names.add(TypeNames.nameOf(parameter));
    }
    return names;
  }

  public Type returnType() {
    return instruction.getReturnType(cpg);
  }

  /** The called method's declaration, or null if the class path does not have it. */
  public XMethod callee() {
    if (!resolved) {
      callee = Callees.resolve(instruction, cpg);
      resolved = true;
    }
    return callee;
  }

  /** {@code the InputStream from Files.newInputStream()}: how findings name what the call returns. */
  public String describeResult() {
    return "the " + TypeNames.simpleName(returnType().toString()) + " from " + TypeNames.simpleName(owner()) + "." + name() + "()";
  }
}
