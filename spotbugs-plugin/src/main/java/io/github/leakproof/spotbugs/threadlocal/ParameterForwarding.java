package io.github.leakproof.spotbugs.threadlocal;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import io.github.leakproof.spotbugs.common.ParameterSlots;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.ConstantPushInstruction;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LDC;
import org.apache.bcel.generic.LoadInstruction;

/**
 * Which methods a method of the analysed program passes its own parameters to, as they are ({@code
 * private static void apply(String p) { Holder.setPrefix(p); }}), read from its bytecode when first
 * asked and remembered. Asked only for the few methods that undo a thread-local's value, when a field
 * would otherwise be reported, so most methods are never decoded.
 */
final class ParameterForwarding {
  private final Map<String, Set<String>> passedTo = new HashMap<>();

  /** The methods, as {@code owner.name(signature)}, that {@code methodKey} passes a parameter of its own to. */
  Set<String> passesParameterTo(String methodKey) {
    return passedTo.computeIfAbsent(methodKey, ParameterForwarding::read);
  }

  private static Set<String> read(String methodKey) {
    int open = methodKey.indexOf('(');
    int dot = methodKey.lastIndexOf('.', open);
    if (open < 0 || dot < 0) {
      return Set.of();
    }
    String owner = methodKey.substring(0, dot);
    String name = methodKey.substring(dot + 1, open);
    String signature = methodKey.substring(open);
    ClassDescriptor descriptor = DescriptorFactory.createClassDescriptorFromDottedClassName(owner);
    if (!AnalysisContext.currentAnalysisContext().isApplicationClass(descriptor)) {
      return Set.of(); // a library's method: not the program's helper
    }
    JavaClass javaClass;
    try {
      javaClass = Global.getAnalysisCache().getClassAnalysis(JavaClass.class, descriptor);
    } catch (CheckedAnalysisException unreadable) {
      return Set.of();
    }
    for (Method method : javaClass.getMethods()) {
      if (method.getName().equals(name) && method.getSignature().equals(signature)) {
        return callsGivenParameters(javaClass, method);
      }
    }
    return Set.of();
  }

  /**
   * The calls given one of the method's parameters (not {@code this}): one of a call's last arguments,
   * each pushed by a single load or constant right before it, loads a parameter's slot. An argument
   * computed by more instructions ends the look back: what it gives is no longer the parameter as it is.
   */
  private static Set<String> callsGivenParameters(JavaClass javaClass, Method method) {
    Code code = method.getCode();
    int firstParameter = method.isStatic() ? 0 : 1;
    int parameterSlots = ParameterSlots.of(method);
    if (code == null || parameterSlots == firstParameter) {
      return Set.of();
    }
    ConstantPoolGen pool = new ConstantPoolGen(javaClass.getConstantPool());
    InstructionList instructions;
    try {
      instructions = new InstructionList(code.getCode());
    } catch (RuntimeException unreadable) {
      return Set.of();
    }
    Set<String> callees = new LinkedHashSet<>();
    try {
      List<Instruction> seen = new ArrayList<>();
      for (InstructionHandle handle : instructions.getInstructionHandles()) {
        Instruction instruction = handle.getInstruction();
        if (instruction instanceof InvokeInstruction call
            && !(instruction instanceof INVOKEDYNAMIC)
            && givenParameter(seen, call.getArgumentTypes(pool).length, firstParameter, parameterSlots)) {
          callees.add(call.getClassName(pool) + "." + call.getMethodName(pool) + call.getSignature(pool));
        }
        seen.add(instruction);
      }
    } finally {
      instructions.dispose();
    }
    return callees;
  }

  private static boolean givenParameter(List<Instruction> before, int arguments, int firstParameter, int parameterSlots) {
    for (int i = before.size() - 1, pushed = 0; i >= 0 && pushed < arguments; i--, pushed++) {
      Instruction push = before.get(i);
      if (push instanceof LoadInstruction load) {
        if (load.getIndex() >= firstParameter && load.getIndex() < parameterSlots) {
          return true;
        }
      } else if (!(push instanceof ConstantPushInstruction || push instanceof ACONST_NULL || push instanceof LDC)) {
        return false;
      }
    }
    return false;
  }
}
