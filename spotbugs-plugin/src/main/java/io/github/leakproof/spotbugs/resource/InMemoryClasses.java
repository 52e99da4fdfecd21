package io.github.leakproof.spotbugs.resource;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import io.github.leakproof.model.InMemoryStreams;
import io.github.leakproof.model.ResourceCatalogue;
import io.github.leakproof.spotbugs.common.Classes;
import io.github.leakproof.spotbugs.common.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts {@link InMemoryStreams} judges a program's own stream class by, read from its class file and
 * those of its ancestors up to the first JDK class: their instance fields' types, and whether one of them
 * declares {@code close()}.
 */
final class InMemoryClasses {
  private final ResourceCatalogue catalogue;
  private final TypeNames types;
  private final Map<String, Boolean> known = new HashMap<>();

  InMemoryClasses(ResourceCatalogue catalogue, TypeNames types) {
    this.catalogue = catalogue;
    this.types = types;
  }

  /** True if {@code className} (dotted) is a class of the program that, judged from its bytecode, holds no resource. */
  boolean holdsNoResource(String className) {
    return known.computeIfAbsent(className, this::judge);
  }

  private boolean judge(String className) {
    if (InMemoryStreams.isJdkClass(className)) {
      return false;
    }
    List<List<String>> fields = new ArrayList<>();
    boolean declaresClose = false;
    ClassDescriptor at = DescriptorFactory.createClassDescriptorFromDottedClassName(className);
    for (int depth = 0; depth < 20; depth++) {
      XClass xclass = Classes.lookUp(at);
      if (xclass == null || xclass.isInterface()) {
        return false;
      }
      for (XField field : xclass.getXFields()) {
        String signature = field.getSignature().replaceFirst("^\\[+", "");
        if (!field.isStatic() && signature.startsWith("L")) {
          fields.add(types.typeAndSupertypes(signature.substring(1, signature.length() - 1).replace('/', '.')));
        }
      }
      for (XMethod method : xclass.getXMethods()) {
        declaresClose |= method.getName().equals("close") && method.getSignature().equals("()V");
      }
      at = xclass.getSuperclassDescriptor();
      if (at == null) {
        return false;
      }
      if (InMemoryStreams.isJdkClass(at.getDottedClassName())) {
        return InMemoryStreams.holdsNoResource(
            types.typeAndSupertypes(at.getDottedClassName()), declaresClose, fields, catalogue);
      }
    }
    return false;
  }
}
