package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.Global;

/** Class lookups through SpotBugs' analysis cache, which parses a class the first time it is asked. */
public final class Classes {
  private Classes() {}

  /** The class, or null if it is not on the analysed or auxiliary class path. */
  public static XClass lookUp(ClassDescriptor descriptor) {
    if (descriptor == null) {
      return null;
    }
    try {
      return Global.getAnalysisCache().getClassAnalysis(XClass.class, descriptor);
    } catch (CheckedAnalysisException e) {
      return null;
    }
  }
}
