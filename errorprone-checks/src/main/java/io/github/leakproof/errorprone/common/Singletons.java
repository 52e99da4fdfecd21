package io.github.leakproof.errorprone.common;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.leakproof.model.ApplicationLifetime;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/** Reads from a class's own members whether it is a singleton ({@link ApplicationLifetime#isSingleton}). */
public final class Singletons {
  private Singletons() {}

  public static boolean isSingleton(ClassSymbol type) {
    boolean everyConstructorPrivate = true;
    boolean keepsAnInstance = false;
    for (Symbol member : Members.of(type)) {
      if (member instanceof MethodSymbol method && method.isConstructor()) {
        everyConstructorPrivate &= method.getModifiers().contains(Modifier.PRIVATE) || type.getKind() == ElementKind.ENUM;
      } else if (member instanceof VarSymbol field
          && field.isStatic()
          && field.type.tsym == type) {
        keepsAnInstance = true;
      }
    }
    return ApplicationLifetime.isSingleton(everyConstructorPrivate, keepsAnInstance);
  }

  /** True for a constructor of a singleton: it runs once per application. */
  public static boolean isSingletonConstructor(MethodSymbol method) {
    return method != null && method.isConstructor() && method.owner instanceof ClassSymbol type && isSingleton(type);
  }
}
