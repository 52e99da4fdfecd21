package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.Hierarchy;
import edu.umd.cs.findbugs.ba.Hierarchy2;
import edu.umd.cs.findbugs.ba.XMethod;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ObjectType;

/** What a call instruction calls, as far as the class path shows. */
public final class Callees {
  private Callees() {}

  /**
   * The method a call resolves to: its declaration in the named class or the nearest supertype, or
   * null when the class path does not have it.
   */
  public static XMethod resolve(InvokeInstruction call, ConstantPoolGen cpg) {
    try {
      return Hierarchy2.findInvocationLeastUpperBound(
          call, cpg, call instanceof INVOKESTATIC ? Hierarchy.STATIC_METHOD : Hierarchy.INSTANCE_METHOD);
    } catch (RuntimeException e) {
      return null; // an odd class path: the callee stays unknown
    }
  }

  /** True unless the exception class is a {@code RuntimeException} or an {@code Error}; an unknown class counts as checked. */
  public static boolean isChecked(String exceptionClass) {
    try {
      return !Hierarchy.isUncheckedException(ObjectType.getInstance(exceptionClass.replace('/', '.')));
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
      return true;
    }
  }

  /** True if the called method's class is one of the analysed classes (not a library's). */
  public static boolean isAnalysed(XMethod method) {
    return method != null
        && AnalysisContext.currentAnalysisContext().isApplicationClass(method.getClassDescriptor());
  }
}
