package io.github.leakproof.errorprone.ownership;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Type.ArrayType;
import io.github.leakproof.model.InMemoryStreams;
import io.github.leakproof.model.ResourceCatalogue;
import io.github.leakproof.errorprone.common.Members;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;

/**
 * The facts {@link InMemoryStreams} judges a program's own stream class by, read from its class symbol
 * (in this compilation or on the class path) and its ancestors up to the first JDK class: their instance
 * fields' types, and whether one of them declares {@code close()}.
 */
final class InMemoryClasses {
  private InMemoryClasses() {}

  /** True if {@code type} is a class of the program that, judged from its members, holds no resource. */
  static boolean holdsNoResource(Type type, TypeNames names, ResourceCatalogue catalogue) {
    if (!(type.tsym instanceof ClassSymbol start) || InMemoryStreams.isJdkClass(start.getQualifiedName().toString())) {
      return false;
    }
    List<List<String>> fields = new ArrayList<>();
    boolean declaresClose = false;
    ClassSymbol at = start;
    for (int depth = 0; depth < 20; depth++) {
      if (at.isInterface()) {
        return false;
      }
      for (Symbol member : Members.of(at)) {
        if (member.getKind() == ElementKind.FIELD && !member.isStatic()) {
          Type fieldType = member.type;
          while (fieldType instanceof ArrayType array) {
            fieldType = array.elemtype;
          }
          if (fieldType.getKind() != TypeKind.DECLARED && !fieldType.isPrimitive()) {
            return false; // a type variable: could hold anything
          }
          if (!fieldType.isPrimitive()) {
            fields.add(names.selfAndSupertypes(fieldType));
          }
        } else if (member instanceof MethodSymbol method
            && method.getSimpleName().contentEquals("close")
            && method.getParameters().isEmpty()) {
          declaresClose = true;
        }
      }
      Type superclass = at.getSuperclass();
      if (!(superclass.tsym instanceof ClassSymbol parent)) {
        return false;
      }
      if (InMemoryStreams.isJdkClass(parent.getQualifiedName().toString())) {
        return InMemoryStreams.holdsNoResource(names.selfAndSupertypes(superclass), declaresClose, fields, catalogue);
      }
      at = parent;
    }
    return false;
  }
}
