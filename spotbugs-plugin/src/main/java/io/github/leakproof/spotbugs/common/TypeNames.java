package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.generic.ArrayType;
import org.apache.bcel.generic.BasicType;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * Binary type names as the model wants them: a type first, then all its supertypes (superclasses
 * and interfaces, nearest first), read from SpotBugs' class hierarchy and remembered. A class that is
 * not on the class path contributes only its own name.
 */
public final class TypeNames {
  private final Map<String, List<String>> supertypes = new HashMap<>();

  /** @param className a dotted or slashed class name */
  public List<String> typeAndSupertypes(String className) {
    String dotted = className.replace('/', '.');
    return supertypes.computeIfAbsent(dotted, TypeNames::walk);
  }

  /** For a BCEL type: a class type's names; an array or primitive has only its own name. */
  public List<String> typeAndSupertypes(Type type) {
    if (type instanceof ObjectType object) {
      return typeAndSupertypes(object.getClassName());
    }
    return List.of(nameOf(type));
  }

  /** The erased binary name of a type: {@code java.io.File}, {@code int}, {@code byte[]}. */
  public static String nameOf(Type type) {
    if (type instanceof ObjectType object) {
      return object.getClassName();
    }
    if (type instanceof ArrayType array) {
      return nameOf(array.getElementType()) + "[]".repeat(array.getDimensions());
    }
    return type instanceof BasicType ? type.toString() : type.getSignature();
  }

  /** The simple name of a binary class name: {@code FileInputStream}, {@code Map$Entry} → {@code Entry}. */
  public static String simpleName(String className) {
    String dotted = className.replace('/', '.');
    return dotted.substring(Math.max(dotted.lastIndexOf('.'), dotted.lastIndexOf('$')) + 1);
  }

  private static boolean isPrimitive(String name) {
    return switch (name) {
      case "boolean", "byte", "char", "short", "int", "long", "float", "double", "void" -> true;
      default -> false;
    };
  }

  private static List<String> walk(String dotted) {
    if (dotted.startsWith("[") || dotted.endsWith("]") || dotted.indexOf('.') < 0 && isPrimitive(dotted)) {
      return List.of(dotted); // an array (a call of clone() on it) or a primitive: no class to look up
    }
    Set<String> names = new LinkedHashSet<>();
    Deque<ClassDescriptor> work = new ArrayDeque<>();
    work.add(DescriptorFactory.createClassDescriptorFromDottedClassName(dotted));
    while (!work.isEmpty()) {
      ClassDescriptor type = work.poll();
      if (!names.add(type.getDottedClassName())) {
        continue;
      }
      XClass xclass = Classes.lookUp(type);
      if (xclass == null) {
        continue;
      }
      if (xclass.getSuperclassDescriptor() != null) {
        work.add(xclass.getSuperclassDescriptor());
      }
      for (ClassDescriptor implemented : xclass.getInterfaceDescriptorList()) {
        work.add(implemented);
      }
    }
    return List.copyOf(new ArrayList<>(names));
  }
}
