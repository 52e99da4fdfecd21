package io.github.leakproof.errorprone.common;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;

/**
 * Whether Error Prone, which sees one file at a time, sees every use of a field: a field-level rule
 * ("nothing ever releases it") may only judge such fields.
 */
public final class FieldVisibility {
  private FieldVisibility() {}

  /** Private fields, and fields of private, local or anonymous classes. */
  public static boolean allUsesInThisFile(VarSymbol field) {
    if (field.getModifiers().contains(Modifier.PRIVATE)) {
      return true;
    }
    for (Symbol owner = field.owner; owner instanceof ClassSymbol type; owner = type.owner) {
      if (type.getModifiers().contains(Modifier.PRIVATE)
          || type.getNestingKind() == NestingKind.LOCAL
          || type.getNestingKind() == NestingKind.ANONYMOUS) {
        return true;
      }
    }
    return false;
  }
}
