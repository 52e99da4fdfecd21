package io.github.leakproof.errorprone.innerclass;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.leakproof.errorprone.common.Singletons;
import io.github.leakproof.errorprone.ownership.TypeNames;
import io.github.leakproof.model.CaptureSinkCatalogue;
import io.github.leakproof.model.InnerClassMessages.Capturer;
import javax.lang.model.element.ElementKind;

/**
 * An expression that makes an object holding the enclosing instance: a lambda or anonymous class that
 * uses it ({@link OuterUse}), a method reference on {@code this}/{@code super}, an instance of an inner
 * class of this file whose body uses it. A serializable anonymous or inner class holds it whether or
 * not it uses it (javac keeps {@code this$0} for the serialized form): double-brace initialised {@code
 * HashMap}s and {@code ArrayList}s always do.
 *
 * @param kind what captures, as the messages name it
 * @param description the capturer's description for the message
 * @param outer the simple name of the class whose instance is captured
 * @param at the expression that makes the capturing object: where the finding is reported
 */
record Capture(Capturer kind, String description, String outer, Tree at) {

  /**
   * What {@code expression} captures, or null if it holds no enclosing instance. A local variable that is
   * never reassigned counts as its initializer, which is where the finding is reported (the object's
   * creation, as the bytecode front end reports it).
   */
  static Capture of(ExpressionTree expression, VisitorState state) {
    ExpressionTree value = initializerIfLocal(stripped(expression), state);
    String outer = enclosingClassName(state);
    if (outer == null) {
      return null;
    }
    Capture capture = judge(value, outer, state);
    return capture == null ? null : new Capture(capture.kind(), capture.description(), outer, value);
  }

  private static Capture judge(ExpressionTree value, String outer, VisitorState state) {
    if (value instanceof LambdaExpressionTree lambda) {
      return OuterUse.inCode(lambda.getBody(), state) ? new Capture(Capturer.LAMBDA, Capturer.LAMBDA.describe(""), outer, null) : null;
    }
    if (value instanceof MemberReferenceTree reference) {
      return isThisOrSuper(reference.getQualifierExpression())
          ? new Capture(Capturer.METHOD_REFERENCE, Capturer.METHOD_REFERENCE.describe(""), outer, null)
          : null;
    }
    if (value instanceof NewClassTree creation && creation.getEnclosingExpression() == null) {
      return creation.getClassBody() != null ? anonymous(creation.getClassBody(), outer, state) : inner(creation, outer, state);
    }
    return null;
  }

  private static Capture anonymous(ClassTree body, String outer, VisitorState state) {
    ClassSymbol type = ASTHelpers.getSymbol(body);
    if (type == null || !hasEnclosingInstance(type)) {
      return null; // made in a static context
    }
    if (!isSerializable(type, state) && !OuterUse.inClass(body, state)) {
      return null;
    }
    Type base = state.getTypes().supertype(type.type);
    if (onlyInitialises(body)
        && CaptureSinkCatalogue.isCollection(new TypeNames(state.getTypes()).selfAndSupertypes(base))) {
      String name = base.tsym.getSimpleName().toString();
      return new Capture(Capturer.DOUBLE_BRACE, Capturer.DOUBLE_BRACE.describe(name), outer, null);
    }
    return new Capture(Capturer.ANONYMOUS_CLASS, Capturer.ANONYMOUS_CLASS.describe(""), outer, null);
  }

  private static Capture inner(NewClassTree creation, String outer, VisitorState state) {
    if (!(ASTHelpers.getSymbol(creation.getIdentifier()) instanceof ClassSymbol type)
        || type.isStatic() || !hasEnclosingInstance(type)) {
      return null;
    }
    ClassTree declaration = declarationInFile(type, state.getPath().getCompilationUnit());
    if (declaration == null) {
      return null; // declared elsewhere: its body cannot be judged
    }
    if (!isSerializable(type, state) && !OuterUse.inClass(declaration, state)) {
      return null;
    }
    String name = type.getSimpleName().toString();
    return new Capture(Capturer.INNER_CLASS, Capturer.INNER_CLASS.describe(name), outer, null);
  }

  /** The expression {@code expression} stands for: without parentheses and casts, a local variable's initializer. */
  static ExpressionTree valueOf(ExpressionTree expression, VisitorState state) {
    return initializerIfLocal(stripped(expression), state);
  }

  /** For a local variable never reassigned, its initializer (stripped); otherwise {@code value} itself. */
  private static ExpressionTree initializerIfLocal(ExpressionTree value, VisitorState state) {
    if (!(value instanceof IdentifierTree)
        || !(ASTHelpers.getSymbol(value) instanceof VarSymbol local)
        || local.getKind() != ElementKind.LOCAL_VARIABLE
        || (local.flags() & (Flags.FINAL | Flags.EFFECTIVELY_FINAL)) == 0) {
      return value;
    }
    MethodTree method = state.findEnclosing(MethodTree.class);
    if (method == null) {
      return value;
    }
    ExpressionTree initializer = new TreeScanner<ExpressionTree, Void>() {
      @Override
      public ExpressionTree visitVariable(VariableTree variable, Void unused) {
        if (ASTHelpers.getSymbol(variable) == local) {
          return variable.getInitializer();
        }
        return super.visitVariable(variable, null);
      }

      @Override
      public ExpressionTree reduce(ExpressionTree a, ExpressionTree b) {
        return a != null ? a : b;
      }
    }.scan(method.getBody(), null);
    return initializer == null ? value : stripped(initializer);
  }

  static ExpressionTree stripped(ExpressionTree expression) {
    ExpressionTree value = expression;
    while (true) {
      if (value instanceof ParenthesizedTree parens) {
        value = parens.getExpression();
      } else if (value instanceof TypeCastTree cast) {
        value = cast.getExpression();
      } else {
        return value;
      }
    }
  }

  private static boolean isThisOrSuper(ExpressionTree qualifier) {
    String name =
        qualifier instanceof IdentifierTree id ? id.getName().toString()
            : qualifier instanceof MemberSelectTree select ? select.getIdentifier().toString()
            : "";
    return name.equals("this") || name.equals("super");
  }

  private static boolean hasEnclosingInstance(ClassSymbol type) {
    Type enclosing = type.type.getEnclosingType();
    return enclosing != null && enclosing.getKind() == javax.lang.model.type.TypeKind.DECLARED;
  }

  private static boolean isSerializable(ClassSymbol type, VisitorState state) {
    return ASTHelpers.isSubtype(type.type, state.getSymtab().serializableType, state);
  }

  /**
   * Double-brace initialisation: the anonymous class body is nothing but instance initializer blocks —
   * unlike an anonymous view with fields and methods of its own ({@code new AbstractMap<>() { … }}).
   */
  private static boolean onlyInitialises(ClassTree body) {
    boolean initialiser = false;
    for (Tree member : body.getMembers()) {
      if (member instanceof BlockTree block && !block.isStatic()) {
        initialiser = true;
      } else if (!(member instanceof MethodTree method && ASTHelpers.isGeneratedConstructor(method))) {
        return false;
      }
    }
    return initialiser;
  }

  /**
   * The simple name of the class whose instance the code at the current path runs in; null if there is
   * none, or if its instances live as long as the application anyway (an enum, a singleton).
   */
  private static String enclosingClassName(VisitorState state) {
    ClassTree type = state.findEnclosing(ClassTree.class);
    if (type == null) {
      return null;
    }
    ClassSymbol symbol = ASTHelpers.getSymbol(type);
    if (symbol == null) {
      return null;
    }
    // an anonymous class's instance is described by the named class around it
    while (symbol.isAnonymous() && symbol.owner != null && symbol.owner.enclClass() != null
        && symbol.owner.enclClass() != symbol) {
      symbol = symbol.owner.enclClass();
    }
    return Singletons.isSingleton(symbol) ? null : symbol.getSimpleName().toString();
  }

  private static ClassTree declarationInFile(ClassSymbol type, CompilationUnitTree unit) {
    return new TreeScanner<ClassTree, Void>() {
      @Override
      public ClassTree visitClass(ClassTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree) == type) {
          return tree;
        }
        return super.visitClass(tree, null);
      }

      @Override
      public ClassTree reduce(ClassTree a, ClassTree b) {
        return a != null ? a : b;
      }
    }.scan(unit, null);
  }
}
