package io.github.leakproof.errorprone.collection;

import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.leakproof.errorprone.common.Members;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * What keeps a field's collection alive for the life of its class: being static, or belonging to an
 * enum constant or to an obvious singleton (a class whose constructors are all private and that holds
 * its own instance in a static final field). Other instance fields die with their object.
 */
final class Holders {
  private Holders() {}

  /** How {@code field} lives forever, as the message says it ({@code "static"}, {@code "an enum"}…), or null. */
  static String holderOf(VarSymbol field) {
    if (field.isStatic()) {
      return "static";
    }
    if (!(field.owner instanceof ClassSymbol owner)) {
      return null;
    }
    if (owner.getKind() == ElementKind.ENUM) {
      return "an enum";
    }
    return isSingleton(owner) ? "a singleton" : null;
  }

  /** At least one constructor, all private, and a static final field of the class's own type. */
  static boolean isSingleton(ClassSymbol type) {
    if (type.getKind() != ElementKind.CLASS || (type.flags() & Flags.ABSTRACT) != 0) {
      return false;
    }
    boolean constructors = false;
    boolean instanceField = false;
    for (Symbol member : Members.of(type)) {
      if (member instanceof MethodSymbol method && method.isConstructor()) {
        if (!method.getModifiers().contains(Modifier.PRIVATE)) {
          return false;
        }
        constructors = true;
      } else if (member instanceof VarSymbol variable
          && variable.isStatic()
          && variable.getModifiers().contains(Modifier.FINAL)
          && variable.type.tsym == type) {
        instanceField = true;
      }
    }
    return constructors && instanceField;
  }
}
