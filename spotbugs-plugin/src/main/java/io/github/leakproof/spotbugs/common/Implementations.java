package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The implementations, in the analysed program, of an abstract method: what a call of an interface
 * method may run (SpotBugs' class hierarchy: every analysed concrete subtype, and the method it runs,
 * declared there or inherited).
 */
public final class Implementations {
  private Implementations() {}

  /** The concrete methods that implement {@code method} in analysed classes; empty for a concrete method. */
  public static List<XMethod> of(XMethod method) {
    List<XMethod> implementations = new ArrayList<>();
    AnalysisContext context = AnalysisContext.currentAnalysisContext();
    if (method == null || !method.isAbstract() || context == null) {
      return implementations;
    }
    Set<ClassDescriptor> subtypes;
    try {
      subtypes = context.getSubtypes2().getSubtypes(method.getClassDescriptor());
    } catch (ClassNotFoundException unknown) {
      return implementations;
    }
    for (ClassDescriptor subtype : subtypes) {
      XClass candidate = Classes.lookUp(subtype);
      if (candidate == null
          || candidate.isAbstract()
          || candidate.isInterface()
          || !context.isApplicationClass(subtype)) {
        continue;
      }
      XMethod implementation = runBy(candidate, method);
      if (implementation != null) {
        implementations.add(implementation);
      }
    }
    return implementations;
  }

  /** The concrete method a call of {@code method} runs on an object of {@code type}: declared there or inherited. */
  private static XMethod runBy(XClass type, XMethod method) {
    for (XClass at = type; at != null; at = Classes.lookUp(at.getSuperclassDescriptor())) {
      XMethod declared = at.findMethod(method.getName(), method.getSignature(), false);
      if (declared != null && !declared.isAbstract()) {
        return declared;
      }
    }
    return null;
  }
}
