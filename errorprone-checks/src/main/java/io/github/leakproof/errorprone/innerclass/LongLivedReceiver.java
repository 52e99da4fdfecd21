package io.github.leakproof.errorprone.innerclass;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.leakproof.model.CaptureSinkCatalogue;
import javax.lang.model.element.ElementKind;

/**
 * A receiver that lives as long as the application: a static field (an enum constant included), or
 * the result of a singleton accessor ({@code Registry.getInstance()}).
 */
final class LongLivedReceiver {
  private LongLivedReceiver() {}

  /** How the message names {@code receiver} if it lives as long as the application; null otherwise. */
  static String describe(ExpressionTree receiver) {
    ExpressionTree value = receiver == null ? null : Capture.stripped(receiver);
    if (value == null) {
      return null;
    }
    Symbol symbol = ASTHelpers.getSymbol(value);
    if (symbol instanceof VarSymbol field && isStaticField(field)) {
      return field.owner.getSimpleName() + "." + field.getSimpleName();
    }
    if (value instanceof MethodInvocationTree call
        && symbol instanceof MethodSymbol method
        && method.isStatic()
        && CaptureSinkCatalogue.isSingletonAccessor(method.getSimpleName().toString(), call.getArguments().size())) {
      return method.owner.getSimpleName() + "." + method.getSimpleName() + "()";
    }
    return null;
  }

  static boolean isStaticField(Symbol symbol) {
    return symbol instanceof VarSymbol field
        && (field.getKind() == ElementKind.FIELD || field.getKind() == ElementKind.ENUM_CONSTANT)
        && field.isStatic();
  }
}
