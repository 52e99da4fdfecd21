package io.github.leakproof.spotbugs.innerclass;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import java.util.HashMap;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.ReturnInstruction;

/**
 * Does a thread's task run for good? Its method (a lambda's body, the referenced method, a class's
 * {@code run()}) loops — an unconditional jump backwards — and has no return instruction at all: javac
 * writes none after a {@code while (true)} that no {@code break} leaves, so the method ends only by an
 * exception. Answers are remembered per method.
 */
final class EndlessRuns {
  private final Map<String, Boolean> answers = new HashMap<>();

  boolean neverEnds(Captured task) {
    if (task.runClass() == null) {
      return false;
    }
    return answers.computeIfAbsent(task.runClass() + "#" + task.runMethod(), key -> judge(task));
  }

  private static boolean judge(Captured task) {
    JavaClass type;
    try {
      type = AnalysisContext.currentAnalysisContext().lookupClass(task.runClass());
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
      return false;
    }
    for (Method method : type.getMethods()) {
      if (method.getName().equals(task.runMethod()) && method.getCode() != null
          && (!method.getName().equals("run") || method.getSignature().equals("()V"))) {
        return loopsWithoutReturn(method);
      }
    }
    return false;
  }

  private static boolean loopsWithoutReturn(Method method) {
    boolean loops = false;
    InstructionList code = new InstructionList(method.getCode().getCode());
    for (InstructionHandle handle : code.getInstructionHandles()) {
      if (handle.getInstruction() instanceof ReturnInstruction) {
        return false;
      }
      if (handle.getInstruction() instanceof GotoInstruction jump
          && ((BranchInstruction) jump).getTarget().getPosition() <= handle.getPosition()) {
        loops = true;
      }
    }
    return loops && method.getCode().getCode().length > 0 && (method.getAccessFlags() & Const.ACC_ABSTRACT) == 0;
  }
}
