package io.github.leakproof.spotbugs.flow;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.Hierarchy;
import edu.umd.cs.findbugs.ba.XMethod;
import io.github.leakproof.spotbugs.common.Callees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.CodeExceptionGen;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.ObjectType;

/**
 * Which exceptions leave an obligation open, in Leakproof's terms: an explicit {@code throw}, and a
 * call whose callee declares a checked exception ({@code throws IOException}, {@code throws
 * Exception}…) — along the edges that exception can take: to the first handler of the method's
 * exception table that catches it, or out of the method if none does. Unchecked exceptions of
 * arbitrary calls, and the JVM's own (a null dereference, an array index), are ignored: counting them
 * would make every method look leaky.
 */
public final class ExceptionPaths {
  private ExceptionPaths() {}

  /**
   * @param thrower the call or {@code athrow} that throws
   * @param target the exception handler's block the edge goes to, or the method's exit
   */
  public static boolean leaveObligations(InstructionHandle thrower, BasicBlock target, MethodGen method) {
    int opcode = thrower.getInstruction().getOpcode();
    InstructionHandle handler = target.isExceptionHandler() ? target.getExceptionGen().getHandlerPC() : null;
    if (opcode == Const.ATHROW) {
      // throw new IOException(…) inside try { … } catch (IOException e): the CFG also has an edge out of
      // the method (it does not know the thrown type), which this exception never takes.
      String thrown = constructedJustBefore(thrower, method);
      return thrown == null || reaches(thrown, handler, handlersAround(thrower, method));
    }
    if (!(thrower.getInstruction() instanceof InvokeInstruction call) || opcode == Const.INVOKEDYNAMIC) {
      return false;
    }
    XMethod callee = Callees.resolve(call, method.getConstantPool());
    if (callee == null || callee.getThrownExceptions() == null) {
      return false;
    }
    List<CodeExceptionGen> covering = handlersAround(thrower, method);
    for (String declared : callee.getThrownExceptions()) {
      String exception = declared.replace('/', '.');
      if (Callees.isChecked(exception) && reaches(exception, handler, covering)) {
        return true;
      }
    }
    return false;
  }

  /** True if {@code exception} can get to {@code handler} (null: out of the method) through the handlers in order. */
  private static boolean reaches(String exception, InstructionHandle handler, List<CodeExceptionGen> covering) {
    for (CodeExceptionGen candidate : covering) {
      ObjectType caught = candidate.getCatchType();
      if (candidate.getHandlerPC() == handler && (caught == null || related(exception, caught.getClassName()))) {
        return true;
      }
      if (caught == null || isSubtype(exception, caught.getClassName())) {
        return false; // caught before it gets there
      }
    }
    return handler == null;
  }

  /**
   * The class whose constructor runs right before {@code athrow} ({@code throw new X(…)}), or null if
   * the thrown object comes from elsewhere (a variable, a call).
   */
  private static String constructedJustBefore(InstructionHandle athrow, MethodGen method) {
    InstructionHandle previous = athrow.getPrev();
    if (previous != null
        && !isJumpedTo(athrow) // throw (c ? new A() : new B()): the type depends on the branch
        && previous.getInstruction() instanceof InvokeInstruction init
        && previous.getInstruction().getOpcode() == Const.INVOKESPECIAL
        && init.getMethodName(method.getConstantPool()).equals(Const.CONSTRUCTOR_NAME)
        && init.getReferenceType(method.getConstantPool()) instanceof ObjectType type) {
      return type.getClassName();
    }
    return null;
  }

  private static boolean isJumpedTo(InstructionHandle handle) {
    return handle.hasTargeters()
        && Arrays.stream(handle.getTargeters()).anyMatch(t -> t instanceof BranchInstruction);
  }

  private static List<CodeExceptionGen> handlersAround(InstructionHandle thrower, MethodGen method) {
    List<CodeExceptionGen> covering = new ArrayList<>();
    int pc = thrower.getPosition();
    for (CodeExceptionGen handler : method.getExceptionHandlers()) {
      if (handler.getStartPC().getPosition() <= pc && pc <= handler.getEndPC().getPosition()) {
        covering.add(handler);
      }
    }
    return covering;
  }

  /** A {@code catch (caught e)} can catch some {@code exception}: one is a subtype of the other. */
  private static boolean related(String exception, String caught) {
    return isSubtype(exception, caught) || isSubtype(caught, exception);
  }

  private static boolean isSubtype(String type, String supertype) {
    try {
      return Hierarchy.isSubtype(type, supertype);
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
      return type.equals(supertype);
    }
  }
}
