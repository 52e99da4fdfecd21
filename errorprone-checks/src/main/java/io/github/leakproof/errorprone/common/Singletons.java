package io.github.leakproof.errorprone.common;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.leakproof.model.CaptureSinkCatalogue;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Reads from a class's own members whether its instances live as long as the application: an enum, or a
 * singleton ({@link CaptureSinkCatalogue#livesForApplication}). Its constructor then runs once per
 * application, and its instance fields live as long as static ones: a timer or pool it starts or keeps is
 * judged as a static one ({@code Strict=static-timers}, {@code static-executors}).
 */
public final class Singletons {
  private Singletons() {}

  public static boolean isSingleton(ClassSymbol type) {
    boolean everyConstructorPrivate = true;
    List<String> staticFieldTypes = new ArrayList<>();
    for (Symbol member : Members.of(type)) {
      if (member instanceof MethodSymbol method && method.isConstructor()) {
        everyConstructorPrivate &= method.getModifiers().contains(Modifier.PRIVATE);
      } else if (member instanceof VarSymbol field && field.isStatic() && field.type.tsym instanceof ClassSymbol fieldType) {
        staticFieldTypes.add(fieldType.flatName().toString());
      }
    }
    return CaptureSinkCatalogue.livesForApplication(
        type.flatName().toString(), type.getKind() == ElementKind.ENUM, everyConstructorPrivate, staticFieldTypes);
  }

  /** True for a constructor of a singleton: it runs once per application. */
  public static boolean isSingletonConstructor(MethodSymbol method) {
    return method != null && method.isConstructor() && method.owner instanceof ClassSymbol type && isSingleton(type);
  }
}
