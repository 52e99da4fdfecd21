package io.github.leakproof.errorprone.threadlocal;

import io.github.leakproof.errorprone.common.AnyMatch;
import static com.google.errorprone.util.ASTHelpers.getReceiver;
import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.leakproof.model.CollectionCatalogue;
import io.github.leakproof.model.IdentityCalls;
import io.github.leakproof.errorprone.ownership.TypeNames;
import io.github.leakproof.model.ThreadLocalCatalogue;
import io.github.leakproof.model.ThreadLocalCatalogue.SetKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Every use of every thread-local variable in one compilation unit, gathered in one pass.
 *
 * <p>For each thread-local variable (field, local or parameter) it knows each {@code set} and what
 * kind it is ({@link SetKind}), whether the variable is ever cleared, whether it escapes (passed,
 * returned or stored elsewhere, so that other code may clear it), and which methods of this unit
 * clear it, so that calling such a method counts as clearing.
 */
final class ThreadLocalUsage {
  private final ThreadLocalTypes types;
  // Keyed by tree (identity), in source order.
  private final Map<MethodInvocationTree, SetCall> setCalls = new LinkedHashMap<>();
  private final Map<MethodInvocationTree, Removal> removals = new LinkedHashMap<>();
  private final Set<VarSymbol> clearedByReference = new HashSet<>();
  private final Set<VarSymbol> escaped = new HashSet<>();
  /** Locals and fields assigned a value read from a thread-local: {@code prev = local.get()}. */
  private final Map<VarSymbol, Set<VarSymbol>> readsOf = new HashMap<>();

  // Derived once the unit is scanned.
  private final Map<VarSymbol, List<MethodInvocationTree>> valueSets = new HashMap<>();
  private final Set<VarSymbol> cacheFilled = new HashSet<>();
  private final Set<VarSymbol> cleared = new HashSet<>();
  private final Map<VarSymbol, Set<MethodSymbol>> clearingMethods = new HashMap<>();
  private final Set<VarSymbol> removed = new HashSet<>();
  private final Set<VarSymbol> anySet = new HashSet<>();
  /** Thread-locals whose value the program shrinks: {@code STACK.get().pop()}, {@code Deque d = STACK.get(); d.pop()}. */
  private final Set<VarSymbol> emptied = new HashSet<>();
  /**
   * Thread-locals whose value a method grows again after shrinking it (drains the old entries, then
   * queues a new one): the container is not empty at rest.
   */
  private final Set<VarSymbol> refilled = new HashSet<>();
  /** The types of the values that cache fills give each variable ({@code set(new Encoder())}). */
  private final Map<VarSymbol, List<Type>> fillTypes = new HashMap<>();
  /** The first method (in source order) that reads or sets each variable. */
  private final Map<VarSymbol, MethodSymbol> firstUser = new HashMap<>();
  /** The types of what each local variable is given: {@code session = new Session()} makes a Session. */
  private final Map<VarSymbol, List<Type>> assignedTypes = new HashMap<>();
  /** Setter methods: each sets the variable to its own parameter ({@code static void set(Ctx c) { CUR.set(c); }}). */
  private final Map<VarSymbol, Set<MethodSymbol>> setters = new HashMap<>();
  /** Methods called in a {@code finally}, or with a {@code null} argument: a setter called so undoes a set. */
  private final Set<MethodSymbol> undoingCalls = new HashSet<>();
  /** For each method of this unit, the methods it passes its own parameter to, as it is ({@code apply(p) { set(p); }}). */
  private final Map<MethodSymbol, Set<MethodSymbol>> parameterPassedTo = new HashMap<>();

  /** One {@code remove()} call, and the method it runs in (null in a lambda or initializer). */
  private record Removal(VarSymbol variable, MethodSymbol method) {}

  /** One {@code set} call, judged once the whole unit is seen. */
  private record SetCall(VarSymbol variable, ExpressionTree value, TreePath path, MethodSymbol method) {}

  /** Each set's kind, judged once the whole unit is seen. */
  private final Map<SetCall, SetKind> kinds = new IdentityHashMap<>();

  /** Methods that return a value read from a thread-local: {@code return local.get();}, {@code return previous;}. */
  private final Map<MethodSymbol, Set<VarSymbol>> returnsReadOf = new HashMap<>();

  private final CompilationUnitTree unit;

  private ThreadLocalUsage(CompilationUnitTree unit, ThreadLocalTypes types) {
    this.unit = unit;
    this.types = types;
  }

  static ThreadLocalUsage of(CompilationUnitTree unit, ThreadLocalTypes types) {
    ThreadLocalUsage usage = new ThreadLocalUsage(unit, types);
    usage.new Collector().scan(unit, null);
    usage.judgeSets();
    return usage;
  }

  /** The unit this usage was gathered from. */
  CompilationUnitTree unit() {
    return unit;
  }

  /** The calls that give {@code variable} a value someone must remove ({@link SetKind#GIVES_VALUE}). */
  List<MethodInvocationTree> setsOf(VarSymbol variable) {
    return valueSets.getOrDefault(variable, List.of());
  }

  /** True if {@code variable} is filled as a per-thread cache ({@link SetKind#CACHE_FILL}). */
  boolean isCacheFilled(VarSymbol variable) {
    return cacheFilled.contains(variable);
  }

  boolean isCleared(VarSymbol variable) {
    return cleared.contains(variable);
  }

  boolean escapes(VarSymbol variable) {
    return escaped.contains(variable);
  }

  /** True if something calls {@code remove()} on {@code variable} (or hands on {@code variable::remove}). */
  boolean isRemoved(VarSymbol variable) {
    return removed.contains(variable);
  }

  /** True if the program calls a shrinking method ({@code pop}, {@code remove}, {@code clear}) on {@code variable}'s value. */
  boolean isEmptied(VarSymbol variable) {
    return emptied.contains(variable) && !refilled.contains(variable);
  }

  /** True if any {@code set} gives {@code variable} anything: a value, a flag, null, a restore. */
  boolean isSet(VarSymbol variable) {
    return anySet.contains(variable);
  }

  /** The types of the values cache fills give {@code variable}. */
  List<Type> fillTypes(VarSymbol variable) {
    return fillTypes.getOrDefault(variable, List.of());
  }

  /** The first method of this unit that reads or sets {@code variable}, or null. */
  MethodSymbol firstUser(VarSymbol variable) {
    return firstUser.get(variable);
  }

  /** The methods of this unit that set {@code variable} to their own parameter. */
  Set<MethodSymbol> settersOf(VarSymbol variable) {
    return setters.getOrDefault(variable, Set.of());
  }

  /** The methods that {@code method}, if it is of this unit, passes its own parameter to. */
  Set<MethodSymbol> parameterPassedTo(MethodSymbol method) {
    return parameterPassedTo.getOrDefault(method, Set.of());
  }

  /** The methods this unit calls in a {@code finally} or with a {@code null} argument. */
  Set<MethodSymbol> undoingCalls() {
    return undoingCalls;
  }

  /** The thread-local that {@code call} gives a value someone must remove, or null. */
  VarSymbol setTarget(MethodInvocationTree call) {
    SetCall set = setCalls.get(call);
    return set != null && kindOf(set) == SetKind.GIVES_VALUE ? set.variable() : null;
  }

  /** True if {@code call} is a method call on a thread-local variable. */
  boolean isThreadLocalOperation(MethodInvocationTree call) {
    return threadLocalReceiver(call) != null;
  }

  /**
   * True if {@code call} clears {@code variable}: directly, or by calling a method of this unit that
   * clears it.
   */
  boolean clears(MethodInvocationTree call, VarSymbol variable) {
    Removal removal = removals.get(call);
    if (removal != null) {
      return removal.variable() == variable;
    }
    SetCall set = setCalls.get(call);
    if (set != null) {
      return set.variable() == variable && kindOf(set).clears();
    }
    Symbol callee = getSymbol(call);
    return callee instanceof MethodSymbol method
        && clearingMethods.getOrDefault(variable, Set.of()).contains(method);
  }

  /**
   * True if {@code call}, run in a {@code finally}, takes the value off the thread again: a clear, or
   * any {@code set} (putting back what was there before, or a sentinel).
   */
  boolean undoesSet(MethodInvocationTree call, VarSymbol variable) {
    SetCall set = setCalls.get(call);
    return (set != null && set.variable() == variable) || clears(call, variable);
  }

  private void judgeSets() {
    setCalls.values().forEach(set -> kinds.put(set, judge(set)));
    putBackHandedOutValues();
    cleared.addAll(clearedByReference);
    removed.addAll(clearedByReference);
    removals.values().forEach(removal -> cleared.add(removal.variable()));
    removals.values().forEach(removal -> removed.add(removal.variable()));
    for (Map.Entry<MethodInvocationTree, SetCall> entry : setCalls.entrySet()) {
      SetCall set = entry.getValue();
      anySet.add(set.variable());
      switch (kindOf(set)) {
        case GIVES_VALUE -> {
          valueSets.computeIfAbsent(set.variable(), v -> new ArrayList<>()).add(entry.getKey());
          if (isOwnParameter(set)) {
            setters.computeIfAbsent(set.variable(), v -> new HashSet<>()).add(set.method());
          }
        }
        case CACHE_FILL -> {
          cacheFilled.add(set.variable());
          List<Type> types = fillTypes.computeIfAbsent(set.variable(), v -> new ArrayList<>());
          Type type = ASTHelpers.getType(set.value());
          if (type != null) {
            types.add(type);
          }
          if (getSymbol(ASTHelpers.stripParentheses(set.value())) instanceof VarSymbol local
              && local.getKind() == ElementKind.LOCAL_VARIABLE) {
            types.addAll(assignedTypes.getOrDefault(local, List.of())); // what the object is, not how it is declared
          }
        }
        case CLEARS, MARKER -> cleared.add(set.variable());
      }
    }
    // Methods that clear a variable themselves (remove(), set(null), a restore).
    removals.values().forEach(removal -> noteClearingMethod(removal.variable(), removal.method()));
    setCalls.values().stream()
        .filter(set -> kindOf(set).clears())
        .forEach(set -> noteClearingMethod(set.variable(), set.method()));
  }

  /** {@code void set(Ctx c) { CUR.set(c); }}: the set gives the variable its method's own parameter. */
  private static boolean isOwnParameter(SetCall set) {
    return set.method() != null
        && getSymbol(ASTHelpers.stripParentheses(set.value())) instanceof VarSymbol parameter
        && parameter.getKind() == ElementKind.PARAMETER
        && parameter.owner == set.method();
  }

  private void noteClearingMethod(VarSymbol variable, MethodSymbol method) {
    if (method != null) {
      clearingMethods.computeIfAbsent(variable, v -> new HashSet<>()).add(method);
    }
  }

  private SetKind kindOf(SetCall set) {
    return kinds.get(set);
  }

  /**
   * The swap API: a method that gives the thread-local a new value and returns the one it replaced
   * ({@code S prev = CUR.get(); CUR.set(new S()); return prev;}) hands the caller a value to put back,
   * so a set of a parameter in this unit ({@code void end(S prev) { CUR.set(prev); }}) is that
   * restore.
   */
  private void putBackHandedOutValues() {
    Set<VarSymbol> swapped = new HashSet<>();
    for (SetCall set : setCalls.values()) {
      if (kinds.get(set) == SetKind.GIVES_VALUE
          && set.method() != null
          && returnsReadOf.getOrDefault(set.method(), Set.of()).contains(set.variable())) {
        swapped.add(set.variable());
      }
    }
    for (SetCall set : setCalls.values()) {
      if (swapped.contains(set.variable())
          && kinds.get(set) == SetKind.GIVES_VALUE
          && getSymbol(ASTHelpers.stripParentheses(set.value())) instanceof VarSymbol parameter
          && parameter.getKind() == ElementKind.PARAMETER) {
        kinds.put(set, SetKind.CLEARS);
      }
    }
  }

  private SetKind judge(SetCall set) {
    ExpressionTree value = ASTHelpers.stripParentheses(set.value());
    if (value.getKind() == Tree.Kind.NULL_LITERAL || holdsEarlierRead(value, set.variable())) {
      return SetKind.CLEARS;
    }
    if (isConstant(value) || isSwitch(value)) {
      return SetKind.MARKER;
    }
    if (isFilledOnlyWhenEmpty(set)) {
      return SetKind.CACHE_FILL;
    }
    return SetKind.GIVES_VALUE;
  }

  /**
   * {@code set(previous)} where {@code previous} — an effectively final local, or a field — holds an
   * earlier {@code get()} of the same thread-local.
   */
  private boolean holdsEarlierRead(ExpressionTree value, VarSymbol threadLocal) {
    if (!(getSymbol(value) instanceof VarSymbol holder)) {
      return false;
    }
    boolean stable = holder.getKind() == ElementKind.FIELD || ASTHelpers.isConsideredFinal(holder);
    return stable && readsOf.getOrDefault(holder, Set.of()).contains(threadLocal);
  }

  private static boolean isSwitch(ExpressionTree value) {
    Type type = ASTHelpers.getType(value);
    return type != null && ThreadLocalCatalogue.isSwitchValue(type.toString());
  }

  private static boolean isConstant(ExpressionTree value) {
    if (ASTHelpers.constValue(value) != null) {
      return true;
    }
    Symbol symbol = getSymbol(value);
    return symbol instanceof VarSymbol field
        && field.getKind() != ElementKind.LOCAL_VARIABLE
        && field.getModifiers().contains(Modifier.STATIC)
        && field.getModifiers().contains(Modifier.FINAL);
  }

  /**
   * The lazy-initialisation shape: the set runs only when a read of the same thread-local found
   * nothing — in the then-branch of {@code if (read == null)}, the else-branch of {@code if (read !=
   * null)}, or after {@code if (read != null) return …;} (not after a guard that throws).
   */
  private boolean isFilledOnlyWhenEmpty(SetCall set) {
    VarSymbol threadLocal = set.variable();
    Tree child = set.path().getLeaf();
    for (TreePath path = set.path().getParentPath(); path != null; path = path.getParentPath()) {
      Tree parent = path.getLeaf();
      if (parent instanceof MethodTree || parent instanceof LambdaExpressionTree || parent instanceof ClassTree) {
        return false;
      }
      if (parent instanceof IfTree branch
          && (child == branch.getThenStatement()
                  && testsRead(branch.getCondition(), threadLocal, Tree.Kind.EQUAL_TO)
              || child == branch.getElseStatement()
                  && testsRead(branch.getCondition(), threadLocal, Tree.Kind.NOT_EQUAL_TO))) {
        return true;
      }
      if (parent instanceof BlockTree block && child instanceof StatementTree statement) {
        List<? extends StatementTree> statements = block.getStatements();
        for (StatementTree earlier : statements.subList(0, statements.indexOf(statement))) {
          if (earlier instanceof IfTree guard
              && guard.getElseStatement() == null
              && returns(guard.getThenStatement())
              && testsRead(guard.getCondition(), threadLocal, Tree.Kind.NOT_EQUAL_TO)) {
            return true;
          }
        }
      }
      child = parent;
    }
    return false;
  }

  /** True if {@code condition} compares a read of {@code threadLocal} with null using {@code test}. */
  private boolean testsRead(ExpressionTree condition, VarSymbol threadLocal, Tree.Kind test) {
    Boolean found =
        new AnyMatch() {
          @Override
          public Boolean visitBinary(BinaryTree tree, Void unused) {
            if (tree.getKind() == test
                && (isReadOf(tree.getLeftOperand(), threadLocal) && isNull(tree.getRightOperand())
                    || isReadOf(tree.getRightOperand(), threadLocal) && isNull(tree.getLeftOperand()))) {
              return true;
            }
            return super.visitBinary(tree, null);
          }
        }.scan(condition, null);
    return Boolean.TRUE.equals(found);
  }

  /** {@code local.get()}, or a variable assigned from it. */
  private boolean isReadOf(ExpressionTree tree, VarSymbol threadLocal) {
    ExpressionTree expression = ASTHelpers.stripParentheses(tree);
    if (expression instanceof MethodInvocationTree call) {
      return isGet(call) && threadLocalVariable(getReceiver(call)) == threadLocal
          || readsReferent(call) && isReadOf(getReceiver(call), threadLocal);
    }
    return getSymbol(expression) instanceof VarSymbol holder
        && readsOf.getOrDefault(holder, Set.of()).contains(threadLocal);
  }

  private static boolean isNull(ExpressionTree tree) {
    return ASTHelpers.stripParentheses(tree).getKind() == Tree.Kind.NULL_LITERAL;
  }

  /** The branch hands back what it found ({@code return read;}); a guard that throws is no cache. */
  private static boolean returns(StatementTree statement) {
    if (statement instanceof BlockTree block && !block.getStatements().isEmpty()) {
      statement = block.getStatements().get(block.getStatements().size() - 1);
    }
    return statement instanceof ReturnTree;
  }

  /** {@code ref.get()} on a JDK soft or weak reference ({@link ThreadLocalCatalogue#readsReferent}). */
  private boolean readsReferent(MethodInvocationTree call) {
    MethodSymbol method = getSymbol(call);
    return method != null
        && getReceiver(call) != null
        && ThreadLocalCatalogue.readsReferent(
            types.selfAndSupertypes(method.owner.type), method.getSimpleName().toString(), call.getArguments().size());
  }

  private boolean isGet(MethodInvocationTree call) {
    MethodSymbol method = getSymbol(call);
    return method != null && method.getSimpleName().contentEquals("get") && call.getArguments().isEmpty();
  }

  private final class Collector extends TreePathScanner<Void, Void> {
    private MethodSymbol currentMethod;
    /** The thread-locals whose value the current method has shrunk so far, in source order. */
    private Set<VarSymbol> shrunkHere = new HashSet<>();

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      MethodSymbol outer = currentMethod;
      Set<VarSymbol> outerShrunk = shrunkHere;
      currentMethod = ASTHelpers.getSymbol(tree);
      shrunkHere = new HashSet<>();
      try {
        return super.visitMethod(tree, null);
      } finally {
        currentMethod = outer;
        shrunkHere = outerShrunk;
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
    public Void visitReturn(ReturnTree tree, Void unused) {
      ExpressionTree value = tree.getExpression();
      if (currentMethod != null && value != null) {
        Set<VarSymbol> read = readsIn(value);
        if (!read.isEmpty()) {
          returnsReadOf.computeIfAbsent(currentMethod, m -> new HashSet<>()).addAll(read);
        }
      }
      return super.visitReturn(tree, null);
    }

    /** True if {@code call} is given a parameter of the method it is made in, as it is. */
    private boolean passesOwnParameter(MethodInvocationTree call) {
      return currentMethod != null
          && call.getArguments().stream()
              .anyMatch(
                  argument ->
                      getSymbol(ASTHelpers.stripParentheses(argument)) instanceof VarSymbol parameter
                          && parameter.getKind() == ElementKind.PARAMETER
                          && parameter.owner == currentMethod);
    }

    /** The thread-locals whose read {@code value} is: {@code local.get()}, or a variable holding one. */
    private Set<VarSymbol> readsIn(ExpressionTree value) {
      ExpressionTree expression = withoutIdentityCalls(value);
      if (expression instanceof MethodInvocationTree call && isGet(call)) {
        VarSymbol threadLocal = threadLocalVariable(getReceiver(call));
        return threadLocal == null ? Set.of() : Set.of(threadLocal);
      }
      return getSymbol(expression) instanceof VarSymbol holder ? readsOf.getOrDefault(holder, Set.of()) : Set.of();
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      noteRead(ASTHelpers.getSymbol(tree), tree.getInitializer());
      return super.visitVariable(tree, null);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      VarSymbol receiver = threadLocalReceiver(call);
      if (receiver == null) {
        if (getSymbol(call) instanceof MethodSymbol callee
            && (call.getArguments().stream().anyMatch(ThreadLocalUsage::isNull) || inFinally(getCurrentPath()))) {
          undoingCalls.add(callee);
        }
        if (getSymbol(call) instanceof MethodSymbol callee && passesOwnParameter(call)) {
          parameterPassedTo.computeIfAbsent(currentMethod, c -> new HashSet<>()).add(callee);
        }
        ExpressionTree target = getReceiver(call);
        if (target != null && getSymbol(call) instanceof MethodSymbol containerCall) {
          CollectionCatalogue.Effect effect = CollectionCatalogue.effectOf(containerCall.getSimpleName().toString());
          if (effect == CollectionCatalogue.Effect.SHRINKS) {
            emptied.addAll(readsIn(target)); // STACK.get().pop(): the thread's container is emptied after use
            shrunkHere.addAll(readsIn(target));
          } else if (effect == CollectionCatalogue.Effect.GROWS) {
            for (VarSymbol grown : readsIn(target)) {
              if (shrunkHere.contains(grown)) {
                refilled.add(grown); // drains the old entries, then queues a new one: never empty at rest
              }
            }
          }
        }
        return super.visitMethodInvocation(call, null);
      }
      if (currentMethod != null) {
        firstUser.putIfAbsent(receiver, currentMethod);
      }
      String name = getSymbol(call).getSimpleName().toString();
      int arguments = call.getArguments().size();
      if (ThreadLocalCatalogue.isRemove(name, arguments)) {
        removals.put(call, new Removal(receiver, currentMethod));
      } else if (ThreadLocalCatalogue.isSet(name, arguments)) {
        setCalls.put(call, new SetCall(receiver, call.getArguments().get(0), getCurrentPath(), currentMethod));
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
        clearedByReference.add(receiver);
      } else if (tree.getName().contentEquals("set")) {
        escaped.add(receiver);
      }
      return null;
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      noteRead(getSymbol(tree.getVariable()), tree.getExpression());
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

    /** {@code holder = local.get()}: remember that {@code holder} holds a read of {@code local}. */
    private void noteRead(Symbol holder, ExpressionTree value) {
      if (holder instanceof VarSymbol variable
          && variable.getKind() == ElementKind.LOCAL_VARIABLE
          && value != null
          && ASTHelpers.getType(value) != null) {
        assignedTypes.computeIfAbsent(variable, v -> new ArrayList<>()).add(ASTHelpers.getType(value));
      }
      if (holder instanceof VarSymbol variable
          && value != null
          && withoutIdentityCalls(value) instanceof MethodInvocationTree call
          && isGet(call)) {
        VarSymbol threadLocal = threadLocalVariable(getReceiver(call));
        if (threadLocal != null) {
          readsOf.computeIfAbsent(variable, v -> new HashSet<>()).add(threadLocal);
        } else if (readsReferent(call)) {
          // Stack<T> stack = tl.get().get(): the cached value behind the thread's soft reference
          Set<VarSymbol> read = readsIn(getReceiver(call));
          if (!read.isEmpty()) {
            readsOf.computeIfAbsent(variable, v -> new HashSet<>()).addAll(read);
          }
        }
      }
    }
  }

  /** The expression past parentheses, casts and calls that return their argument ({@code requireNonNull(tl.get())}). */
  private static ExpressionTree withoutIdentityCalls(ExpressionTree value) {
    ExpressionTree expression = ASTHelpers.stripParentheses(value);
    while (true) {
      if (expression instanceof TypeCastTree cast) {
        expression = ASTHelpers.stripParentheses(cast.getExpression());
      } else if (expression instanceof MethodInvocationTree call
          && !call.getArguments().isEmpty()
          && getSymbol(call) instanceof MethodSymbol method
          && method.isStatic()
          && IdentityCalls.returnsFirstArgument(
              method.owner.getQualifiedName().toString(), method.getSimpleName().toString())) {
        expression = ASTHelpers.stripParentheses(call.getArguments().get(0));
      } else {
        return expression;
      }
    }
  }

  /** True if {@code path} lies in a {@code finally} block of the method or lambda it is in. */
  private static boolean inFinally(TreePath path) {
    Tree child = path.getLeaf();
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      Tree parent = p.getLeaf();
      if (parent instanceof MethodTree || parent instanceof LambdaExpressionTree || parent instanceof ClassTree) {
        return false;
      }
      if (parent instanceof TryTree tryTree && child == tryTree.getFinallyBlock()) {
        return true;
      }
      child = parent;
    }
    return false;
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

  /** Which types are thread-locals: the catalogue's types and their subtypes. */
  static final class ThreadLocalTypes {
    private final List<Type> types;
    private final VisitorState state;
    private final TypeNames names;

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
      this.names = new TypeNames(state.getTypes());
    }

    /** The type's binary name, then its supertypes', as the model wants them. */
    List<String> selfAndSupertypes(Type type) {
      return names.selfAndSupertypes(type);
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

    /** The value type of a thread-local type ({@code String} for {@code ThreadLocal<String>}), or null. */
    Type valueType(Type threadLocalType) {
      for (Type threadLocal : types) {
        Type asThreadLocal = state.getTypes().asSuper(threadLocalType, threadLocal.tsym);
        if (asThreadLocal != null && asThreadLocal.getTypeArguments().size() == 1) {
          return asThreadLocal.getTypeArguments().get(0);
        }
      }
      return null;
    }
  }
}
