package io.github.leakproof.errorprone.executor;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import javax.lang.model.element.Modifier;

/**
 * Whether a method runs only while its object is being built: a constructor, or a private helper
 * ({@code initializeExecutor()}) called only from constructors and initialisers. Giving a field its
 * first pool there replaces nothing.
 */
final class ConstructionOnly {
  private ConstructionOnly() {}

  static boolean runsOnlyWhileConstructing(MethodTree method, CompilationUnitTree unit) {
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    if (symbol == null) {
      return false;
    }
    if (symbol.isConstructor()) {
      return true;
    }
    if (!symbol.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    boolean[] calledElsewhere = {false};
    boolean[] called = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (symbol.equals(ASTHelpers.getSymbol(call))) {
          called[0] = true;
          if (!insideConstruction(getCurrentPath())) {
            calledElsewhere[0] = true;
          }
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(new TreePath(unit), null);
    return called[0] && !calledElsewhere[0];
  }

  /** Inside a constructor, an instance initialiser block, or a field initialiser. */
  private static boolean insideConstruction(TreePath path) {
    Tree previous = null;
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof MethodTree m) {
        MethodSymbol symbol = ASTHelpers.getSymbol(m);
        return symbol != null && symbol.isConstructor();
      }
      if (leaf instanceof ClassTree) {
        return previous instanceof BlockTree block && !block.isStatic()
            || previous instanceof VariableTree;
      }
      previous = leaf;
    }
    return false;
  }
}
