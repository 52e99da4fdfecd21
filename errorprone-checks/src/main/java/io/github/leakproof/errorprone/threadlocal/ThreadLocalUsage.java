package io.github.leakproof.errorprone.threadlocal;

import static com.google.errorprone.util.ASTHelpers.getReceiver;
import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.leakproof.model.ThreadLocalCatalogue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * Every use of every thread-local variable in one compilation unit, gathered in one pass.
 *
 * <p>For each thread-local variable (field, local or parameter) it knows where a value is set, whether
 * it is ever cleared ({@code remove()}, {@code set(null)}, or restoring a value read earlier from the
 * same thread-local), whether it escapes (passed, returned or stored elsewhere, so that other code
 * may clear it), and which methods of this unit clear it, so that calling such a method counts as
 * clearing.
 */
final class ThreadLocalUsage {
  private final ThreadLocalTypes types;
  private final Map<VarSymbol, List<MethodInvocationTree>> sets = new HashMap<>();
  private final Set<VarSymbol> cleared = new HashSet<>();
  private final Set<VarSymbol> escaped = new HashSet<>();
  private final Map<VarSymbol, Set<MethodSymbol>> clearingMethods = new HashMap<>();
  private final Map<MethodInvocationTree, VarSymbol> setSites = new IdentityHashMap<>();
  private final Map<MethodInvocationTree, VarSymbol> clearSites = new IdentityHashMap<>();
  private final Map<VarSymbol, ExpressionTree> localInitializers = new HashMap<>();

  private ThreadLocalUsage(ThreadLocalTypes types) {
    this.types = types;
  }

  static ThreadLocalUsage of(CompilationUnitTree unit, ThreadLocalTypes types) {
    ThreadLocalUsage usage = new ThreadLocalUsage(types);
    usage.new Collector().scan(unit, null);
    return usage;
  }

  /** The calls that give {@code variable} a value (not counting {@code set(null)} or restores). */
  List<MethodInvocationTree> setsOf(VarSymbol variable) {
    return sets.getOrDefault(variable, List.of());
  }

  boolean isCleared(VarSymbol variable) {
    return cleared.contains(variable);
  }

  boolean escapes(VarSymbol variable) {
    return escaped.contains(variable);
  }

  /** The thread-local that {@code call} gives a value, or null if it is no such call. */
  VarSymbol setTarget(MethodInvocationTree call) {
    return setSites.get(call);
  }

  /**
   * True if {@code call} clears {@code variable}: directly, or by calling a method of this unit that
   * clears it.
   */
  boolean clears(MethodInvocationTree call, VarSymbol variable) {
    if (clearSites.get(call) == variable) {
      return true;
    }
    Symbol callee = getSymbol(call);
    return callee instanceof MethodSymbol method
        && clearingMethods.getOrDefault(variable, Set.of()).contains(method);
  }

  /**
   * True if {@code call}, run in a {@code finally}, takes the value off the thread again: a clear, or
   * any {@code set} (putting back what was there before).
   */
  boolean undoesSet(MethodInvocationTree call, VarSymbol variable) {
    return setSites.get(call) == variable || clears(call, variable);
  }

  private final class Collector extends TreeScanner<Void, Void> {
    private MethodSymbol currentMethod;

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      MethodSymbol outer = currentMethod;
      currentMethod = ASTHelpers.getSymbol(tree);
      try {
        return super.visitMethod(tree, null);
      } finally {
        currentMethod = outer;
      }
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      // A clear inside a lambda runs when the lambda runs, not when the method does.
      MethodSymbol outer = currentMethod;
      currentMethod = null;
      try {
        return super.visitLambdaExpression(tree, null);
      } finally {
        currentMethod = outer;
      }
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      VarSymbol symbol = ASTHelpers.getSymbol(tree);
      if (symbol != null && symbol.getKind() == ElementKind.LOCAL_VARIABLE && tree.getInitializer() != null) {
        localInitializers.put(symbol, tree.getInitializer());
      }
      return super.visitVariable(tree, null);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      VarSymbol receiver = threadLocalReceiver(call);
      if (receiver == null) {
        return super.visitMethodInvocation(call, null);
      }
      String name = getSymbol(call).getSimpleName().toString();
      int arguments = call.getArguments().size();
      if (ThreadLocalCatalogue.isRemove(name, arguments)) {
        recordClear(call, receiver);
      } else if (ThreadLocalCatalogue.isSet(name, arguments)) {
        ExpressionTree value = call.getArguments().get(0);
        if (isNullLiteral(value) || isValueReadFrom(value, receiver)) {
          recordClear(call, receiver);
        } else {
          setSites.put(call, receiver);
          sets.computeIfAbsent(receiver, k -> new ArrayList<>()).add(call);
        }
      }
      // The receiver is used, not passed on: scan only the arguments.
      scan(call.getTypeArguments(), null);
      return scan(call.getArguments(), null);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      VarSymbol receiver = threadLocalVariable(tree.getQualifierExpression());
      if (receiver == null) {
        return super.visitMemberReference(tree, null);
      }
      if (tree.getName().contentEquals("remove")) {
        cleared.add(receiver);
      } else if (tree.getName().contentEquals("set")) {
        escaped.add(receiver);
      }
      return null;
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      if (threadLocalVariable(tree.getVariable()) != null) {
        // Assigning a fresh thread-local to the variable is not passing the variable on.
        return scan(tree.getExpression(), null);
      }
      return super.visitAssignment(tree, null);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
      noteEscape(tree);
      return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
      noteEscape(tree);
      return super.visitMemberSelect(tree, null);
    }

    private void noteEscape(ExpressionTree tree) {
      VarSymbol variable = threadLocalVariable(tree);
      if (variable != null) {
        escaped.add(variable);
      }
    }

    private void recordClear(MethodInvocationTree call, VarSymbol receiver) {
      clearSites.put(call, receiver);
      cleared.add(receiver);
      if (currentMethod != null) {
        clearingMethods.computeIfAbsent(receiver, k -> new HashSet<>()).add(currentMethod);
      }
    }

    /**
     * {@code set(previous)} where {@code previous} is an effectively final local holding an earlier
     * {@code get()} of the same thread-local.
     */
    private boolean isValueReadFrom(ExpressionTree value, VarSymbol threadLocal) {
      Symbol symbol = getSymbol(value);
      if (!(symbol instanceof VarSymbol local)
          || !(value instanceof IdentifierTree)
          || !ASTHelpers.isConsideredFinal(local)) {
        return false;
      }
      ExpressionTree initializer = localInitializers.get(local);
      return initializer instanceof MethodInvocationTree read
          && getSymbol(read).getSimpleName().contentEquals("get")
          && read.getArguments().isEmpty()
          && threadLocalVariable(getReceiver(read)) == threadLocal;
    }
  }

  private VarSymbol threadLocalReceiver(MethodInvocationTree call) {
    MethodSymbol method = getSymbol(call);
    if (method == null || method.isStatic()) {
      return null;
    }
    return threadLocalVariable(getReceiver(call));
  }

  /** The variable {@code tree} names if it is a thread-local variable, else null. */
  VarSymbol threadLocalVariable(ExpressionTree tree) {
    if (tree == null) {
      return null;
    }
    Tree stripped = ASTHelpers.stripParentheses(tree);
    if (!(stripped instanceof IdentifierTree) && !(stripped instanceof MemberSelectTree)) {
      return null;
    }
    Symbol symbol = getSymbol(stripped);
    if (symbol instanceof VarSymbol variable && types.isThreadLocal(variable.type)) {
      return variable;
    }
    return null;
  }

  private static boolean isNullLiteral(ExpressionTree tree) {
    return ASTHelpers.stripParentheses(tree).getKind() == Tree.Kind.NULL_LITERAL;
  }

  /** Which types are thread-locals: the catalogue's types and their subtypes. */
  static final class ThreadLocalTypes {
    private final List<Type> types;
    private final VisitorState state;

    ThreadLocalTypes(ThreadLocalCatalogue catalogue, VisitorState state) {
      List<Type> resolved = new ArrayList<>();
      for (String name : catalogue.types()) {
        Type type = state.getTypeFromString(name);
        if (type != null) {
          resolved.add(state.getTypes().erasure(type));
        }
      }
      this.types = Collections.unmodifiableList(resolved);
      this.state = state;
    }

    boolean isThreadLocal(Type type) {
      if (type == null) {
        return false;
      }
      for (Type threadLocal : types) {
        if (ASTHelpers.isSubtype(type, threadLocal, state)) {
          return true;
        }
      }
      return false;
    }
  }
}
