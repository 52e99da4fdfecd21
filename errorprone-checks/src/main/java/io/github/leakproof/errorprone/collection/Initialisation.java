package io.github.leakproof.errorprone.collection;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.TypeTag;
import io.github.leakproof.model.CollectionCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Whether code runs only while a collection's holder is being set up, so that what it adds is a fixed
 * table rather than growth: for a static field, a static initialiser or static field initialiser (of
 * any class), or an enum's constructor; for an enum's or singleton's field, a constructor, instance
 * initialiser or field initialiser of that class; and in both cases a private method that only such code calls. Lambdas
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
      return isStatic
          ? CollectionCatalogue.constructorRunsOnlyInClassInitialisation(method.owner.getKind() == ElementKind.ENUM)
          : owner.equals(method.owner);
    }
    if (!method.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    if (isStatic && runsOnceBehindFlag(method)) {
      return true; // if (!initialized) init(): filled once, like a static initialiser
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

  /** Static boolean fields each method of the unit sets to {@code true}, and those it reads. */
  private final Map<MethodSymbol, Set<String>> flagsSetTrue = new HashMap<>();
  private final Map<MethodSymbol, Set<String>> flagsRead = new HashMap<>();
  private boolean flagsKnown;

  /** {@link CollectionCatalogue#runsOnceBehindFlag}: {@code if (!initialized) init();} with {@code init()} setting it. */
  private boolean runsOnceBehindFlag(MethodSymbol method) {
    knowFlags();
    Set<String> setTrue = flagsSetTrue.getOrDefault(method, Set.of());
    if (setTrue.isEmpty()) {
      return false;
    }
    List<Set<String>> readByCallers = new ArrayList<>();
    for (TreePath call : callersOf(method)) {
      MethodTree caller = ASTHelpers.findEnclosingNode(call, MethodTree.class);
      readByCallers.add(caller == null ? Set.of() : flagsRead.getOrDefault(ASTHelpers.getSymbol(caller), Set.of()));
    }
    return CollectionCatalogue.runsOnceBehindFlag(setTrue, readByCallers);
  }

  private void knowFlags() {
    if (flagsKnown) {
      return;
    }
    flagsKnown = true;
    new TreePathScanner<Void, Void>() {
      private MethodSymbol current;

      @Override
      public Void visitMethod(MethodTree tree, Void unused) {
        MethodSymbol outer = current;
        current = ASTHelpers.getSymbol(tree);
        try {
          return super.visitMethod(tree, unused);
        } finally {
          current = outer;
        }
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        String flag = staticFlag(ASTHelpers.getSymbol(tree.getVariable()));
        if (current != null && flag != null && Boolean.TRUE.equals(ASTHelpers.constValue(tree.getExpression()))) {
          flagsSetTrue.computeIfAbsent(current, k -> new HashSet<>()).add(flag);
        }
        return super.visitAssignment(tree, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        noteRead(ASTHelpers.getSymbol(tree));
        return super.visitIdentifier(tree, unused);
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        noteRead(ASTHelpers.getSymbol(tree));
        return super.visitMemberSelect(tree, unused);
      }

      private void noteRead(Symbol symbol) {
        String flag = staticFlag(symbol);
        if (current != null && flag != null) {
          flagsRead.computeIfAbsent(current, k -> new HashSet<>()).add(flag);
        }
      }
    }.scan(new TreePath(unit), null);
  }

  /** The name of a static {@code boolean} field, or null for any other symbol. */
  private static String staticFlag(Symbol symbol) {
    return symbol instanceof Symbol.VarSymbol field
            && field.getKind() == ElementKind.FIELD
            && field.isStatic()
            && field.type.getTag() == TypeTag.BOOLEAN
        ? field.owner.getQualifiedName() + "." + field.getSimpleName()
        : null;
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
