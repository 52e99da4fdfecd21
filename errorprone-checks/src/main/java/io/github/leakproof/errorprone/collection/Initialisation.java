package io.github.leakproof.errorprone.collection;

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
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Whether code runs only while a collection's holder is being set up, so that what it adds is a fixed
 * table rather than growth: for a static field, a static initialiser or static field initialiser (of
 * any class); for an enum's or singleton's field, a constructor, instance initialiser or field
 * initialiser of that class; and in both cases a private method that only such code calls. Lambdas
 * count as the code that writes them; methods of nested and anonymous classes run at run time.
 */
final class Initialisation {
  private final CompilationUnitTree unit;
  private final Map<MethodSymbol, List<TreePath>> callers = new HashMap<>();
  private boolean callersKnown;

  Initialisation(CompilationUnitTree unit) {
    this.unit = unit;
  }

  /** True if {@code path} runs only while the holder of a field ({@code isStatic}, declared in {@code owner}) is set up. */
  boolean isInitialising(TreePath path, boolean isStatic, ClassSymbol owner) {
    return isInitialising(path, isStatic, owner, new HashSet<>());
  }

  /** Answers for private methods, by method, kind of field and owner: callers are looked at once. */
  private final Map<List<Object>, Boolean> answers = new HashMap<>();

  private boolean isInitialising(TreePath path, boolean isStatic, ClassSymbol owner, Set<MethodSymbol> seen) {
    Tree previous = null;
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof MethodTree method) {
        return methodInitialises(ASTHelpers.getSymbol(method), isStatic, owner, seen);
      }
      if (leaf instanceof ClassTree type) {
        Symbol symbol = ASTHelpers.getSymbol(type);
        boolean staticPart =
            previous instanceof BlockTree block && block.isStatic()
                || previous instanceof VariableTree variable
                    && variable.getModifiers().getFlags().contains(Modifier.STATIC);
        boolean instancePart = previous instanceof BlockTree || previous instanceof VariableTree;
        return isStatic ? staticPart : instancePart && !staticPart && owner.equals(symbol);
      }
      previous = leaf;
    }
    return false;
  }

  private boolean methodInitialises(MethodSymbol method, boolean isStatic, ClassSymbol owner, Set<MethodSymbol> seen) {
    if (method == null) {
      return false;
    }
    if (method.isConstructor()) {
      return !isStatic && owner.equals(method.owner);
    }
    if (!method.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    List<Object> key = List.of(method, isStatic, owner);
    Boolean known = answers.get(key);
    if (known != null) {
      return known;
    }
    if (seen.isEmpty()) {
      boolean answer = privateMethodInitialises(method, isStatic, owner, seen);
      answers.put(key, answer);
      return answer;
    }
    return privateMethodInitialises(method, isStatic, owner, seen);
  }

  private boolean privateMethodInitialises(
      MethodSymbol method, boolean isStatic, ClassSymbol owner, Set<MethodSymbol> seen) {
    if (!seen.add(method)) {
      return false; // a cycle of private methods: not known to run only while initialising
    }
    try {
      List<TreePath> calls = callersOf(method);
      if (calls.isEmpty()) {
        return false;
      }
      for (TreePath call : calls) {
        if (!isInitialising(call, isStatic, owner, seen)) {
          return false;
        }
      }
      return true;
    } finally {
      seen.remove(method);
    }
  }

  private List<TreePath> callersOf(MethodSymbol method) {
    if (!callersKnown) {
      callersKnown = true;
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
          MethodSymbol callee = ASTHelpers.getSymbol(call);
          if (callee != null && callee.getModifiers().contains(Modifier.PRIVATE)) {
            callers.computeIfAbsent(callee, k -> new ArrayList<>()).add(getCurrentPath());
          }
          return super.visitMethodInvocation(call, unused);
        }
      }.scan(new TreePath(unit), null);
    }
    return callers.getOrDefault(method, List.of());
  }
}
