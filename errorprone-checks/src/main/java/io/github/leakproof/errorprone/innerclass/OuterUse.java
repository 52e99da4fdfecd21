package io.github.leakproof.errorprone.innerclass;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import io.github.leakproof.errorprone.common.AnyMatch;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;

/**
 * Does a piece of code — a lambda's body, an anonymous or inner class's body — use the instance that
 * encloses it? Since JDK 18 javac keeps the enclosing instance ({@code this$0}, a lambda's captured
 * {@code this}) only when the code uses it, so this is what decides whether the object holds its
 * creator alive.
 *
 * <p>Uses: {@code this} or {@code super} in a lambda; {@code Outer.this}, {@code Outer.super}; an
 * instance field or method of an enclosing class, named without qualifier; and {@code new Inner()} of
 * an inner class of an enclosing class (the new object needs the enclosing instance). Members of the
 * classes declared inside the code itself (the anonymous class, its own nested classes) and the
 * members they inherit are their own, not the enclosing instance's.
 */
final class OuterUse extends AnyMatch {
  /** Classes declared inside the code, innermost first: there {@code this} is not the enclosing instance. */
  private final Deque<ClassSymbol> inside = new ArrayDeque<>();

  private final Types types;

  private OuterUse(Types types) {
    this.types = types;
  }

  /** True if a lambda body (or any code scanned from outside its classes) uses the enclosing instance. */
  static boolean inCode(Tree code, VisitorState state) {
    return Boolean.TRUE.equals(new OuterUse(state.getTypes()).scan(code, null));
  }

  /** True if the body of {@code type} (an anonymous or inner class) uses its enclosing instance. */
  static boolean inClass(ClassTree type, VisitorState state) {
    return Boolean.TRUE.equals(new OuterUse(state.getTypes()).visitClass(type, null));
  }

  @Override
  public Boolean visitClass(ClassTree type, Void unused) {
    ClassSymbol symbol = ASTHelpers.getSymbol(type);
    if (symbol == null) {
      return false;
    }
    inside.push(symbol);
    try {
      return scan(type.getMembers(), null);
    } finally {
      inside.pop();
    }
  }

  @Override
  public Boolean visitIdentifier(IdentifierTree identifier, Void unused) {
    String name = identifier.getName().toString();
    if (name.equals("this") || name.equals("super")) {
      return inside.isEmpty();
    }
    Symbol symbol = ASTHelpers.getSymbol(identifier);
    return symbol != null && isInstanceMember(symbol) && !ownedInside(symbol.owner);
  }

  @Override
  public Boolean visitMemberSelect(MemberSelectTree select, Void unused) {
    String name = select.getIdentifier().toString();
    if ((name.equals("this") || name.equals("super"))
        && ASTHelpers.getSymbol(select.getExpression()) instanceof ClassSymbol qualifier) {
      return !inside.contains(qualifier);
    }
    return super.visitMemberSelect(select, null);
  }

  @Override
  public Boolean visitNewClass(NewClassTree creation, Void unused) {
    if (creation.getEnclosingExpression() == null
        && ASTHelpers.getSymbol(creation.getIdentifier()) instanceof ClassSymbol created
        && needsEnclosingInstance(created)) {
      Type enclosing = created.type.getEnclosingType();
      if (enclosing != null && enclosing.tsym != null && !ownedInside(enclosing.tsym)) {
        return true;
      }
    }
    return super.visitNewClass(creation, null);
  }

  /** A non-static member class (or a local class in an instance context): made with an enclosing instance. */
  private static boolean needsEnclosingInstance(ClassSymbol type) {
    return !type.isStatic() && !type.isInterface() && !type.isEnum() && !type.isRecord()
        && !type.isAnonymous()
        && type.type.getEnclosingType() != null
        && type.type.getEnclosingType().getKind() == TypeKind.DECLARED;
  }

  private static boolean isInstanceMember(Symbol symbol) {
    return (symbol.getKind() == ElementKind.FIELD || symbol.getKind() == ElementKind.METHOD)
        && !symbol.isStatic()
        && symbol.owner instanceof ClassSymbol;
  }

  /** True if {@code owner}'s members are reached through a class declared inside the code (or its supertypes). */
  private boolean ownedInside(Symbol owner) {
    for (ClassSymbol type : inside) {
      if (type.isSubClass(owner, types)) {
        return true;
      }
    }
    return false;
  }
}
