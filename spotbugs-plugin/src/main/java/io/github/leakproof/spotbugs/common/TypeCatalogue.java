package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Is this class one of these types, or a subtype of one?" for bytecode class names, answered with
 * SpotBugs' class hierarchy and remembered. The types themselves come from the model.
 */
public final class TypeCatalogue {
  private final List<ClassDescriptor> roots;
  private final Map<String, Boolean> answers = new HashMap<>();

  public TypeCatalogue(Set<String> dottedTypeNames) {
    this.roots =
        dottedTypeNames.stream().map(DescriptorFactory::createClassDescriptorFromDottedClassName).toList();
  }

  /** @param className dotted or slashed class name */
  public boolean contains(String className) {
    String dotted = className.replace('/', '.');
    return answers.computeIfAbsent(dotted, this::isSubtypeOfARoot);
  }

  /** For a field or value signature such as {@code Ljava/lang/ThreadLocal;}; arrays and primitives are not. */
  public boolean containsSignature(String signature) {
    return signature != null
        && signature.startsWith("L")
        && signature.endsWith(";")
        && contains(signature.substring(1, signature.length() - 1));
  }

  private boolean isSubtypeOfARoot(String dotted) {
    ClassDescriptor type = DescriptorFactory.createClassDescriptorFromDottedClassName(dotted);
    for (ClassDescriptor root : roots) {
      if (root.equals(type)) {
        return true;
      }
      try {
        if (AnalysisContext.currentAnalysisContext().getSubtypes2().isSubtype(type, root)) {
          return true;
        }
      } catch (ClassNotFoundException e) {
        // A class outside the analysed class path: not known to be one of ours.
        AnalysisContext.reportMissingClass(e);
      }
    }
    return false;
  }
}
