package io.github.leakproof.errorprone.ownership;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import io.github.leakproof.model.ParameterSummary;
import javax.lang.model.element.ElementKind;

/**
 * What the methods of one compilation unit do with their parameters: close them (a local {@code
 * closeQuietly(Closeable c)} helper), keep them (a setter or constructor storing into a field) or return
 * them. Read from the bodies, so a project's own helpers need no annotation; methods of other files
 * compiled in the same run are read too, when first asked about.
 */
public final class ParameterSummaries {
  /** No summaries: what the model alone knows. */
  public static final ParameterSummaries NONE = new ParameterSummaries();

  private final Map<MethodSymbol, BitSet> releases = new HashMap<>();
  private final Map<MethodSymbol, BitSet> stores = new HashMap<>();
  private final Map<MethodSymbol, BitSet> returns = new HashMap<>();
  /** {@code this.field = parameter}: the field of the method's own object each parameter is kept in. */
  private final Map<MethodSymbol, Map<Integer, String>> ownFields = new HashMap<>();
  /** Parameters passed on to another method: what that one does with them, this one does too. */
  private final List<Forward> forwards = new ArrayList<>();

  private record Forward(MethodSymbol from, int parameter, MethodSymbol to, int argument) {}

  private final BiPredicate<String, MethodSymbol> isRelease;
  private final BiPredicate<String, MethodSymbol> releasesArguments;
  private final BiPredicate<String, MethodSymbol> storesArguments;
  private final Function<MethodSymbol, MethodTree> sourceElsewhere;
  /** Methods of other files of this compilation whose bodies were looked at (or found missing). */
  private final Set<MethodSymbol> lookedUp = new HashSet<>();

  private ParameterSummaries() {
    this(null, (n, m) -> false, (n, m) -> false, (n, m) -> false, m -> null);
  }

  /**
   * @param isRelease whether a call (its name, its symbol) releases its receiver
   * @param releasesArguments whether a call releases what it is passed
   * @param storesArguments whether a call keeps what it is passed ({@code map.put(key, p)})
   * @param sourceElsewhere the declaration of a method of another file compiled in the same run, or
   *     null (a library method): its body is summarised when first asked about
   */
  public ParameterSummaries(
      CompilationUnitTree unit,
      BiPredicate<String, MethodSymbol> isRelease,
      BiPredicate<String, MethodSymbol> releasesArguments,
      BiPredicate<String, MethodSymbol> storesArguments,
      Function<MethodSymbol, MethodTree> sourceElsewhere) {
    this.isRelease = isRelease;
    this.releasesArguments = releasesArguments;
    this.storesArguments = storesArguments;
    this.sourceElsewhere = sourceElsewhere;
    if (unit == null) {
      return;
    }
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree method, Void unused) {
        MethodSymbol symbol = ASTHelpers.getSymbol(method);
        if (symbol != null && method.getBody() != null && !method.getParameters().isEmpty()) {
          lookedUp.add(symbol);
          summarise(symbol, method, isRelease, releasesArguments, storesArguments);
        }
        return super.visitMethod(method, unused);
      }
    }.scan(unit, null);
    propagateThroughForwards();
  }

  /**
   * Summarises a method of another file of this compilation the first time it is asked about, and
   * then what the methods it passes parameters on to do; library methods have no source here.
   */
  private void lookUp(MethodSymbol method) {
    if (summariseElsewhere(method)) {
      propagateThroughForwards();
    }
  }

  /** True if it summarised {@code method} (and what it passes parameters on to) just now. */
  private boolean summariseElsewhere(MethodSymbol method) {
    if (!lookedUp.add(method)) {
      return false;
    }
    MethodTree tree = sourceElsewhere.apply(method);
    if (tree == null || tree.getBody() == null || tree.getParameters().isEmpty()) {
      return false;
    }
    int known = forwards.size();
    summarise(method, tree, isRelease, releasesArguments, storesArguments);
    for (Forward forward : List.copyOf(forwards.subList(known, forwards.size()))) {
      summariseElsewhere(forward.to());
    }
    return true;
  }

  /** {@code readFile(in)} that calls {@code readFile(in, UTF_8)}, which closes it, closes it too. */
  private void propagateThroughForwards() {
    boolean changed = true;
    for (int round = 0; changed && round < 10; round++) {
      changed = false;
      for (Forward forward : forwards) {
        changed |= copy(releases, forward);
        changed |= copy(stores, forward);
      }
    }
  }

  private static boolean copy(Map<MethodSymbol, BitSet> summaries, Forward forward) {
    if (has(summaries, forward.to(), forward.argument()) && !has(summaries, forward.from(), forward.parameter())) {
      summaries.computeIfAbsent(forward.from(), m -> new BitSet()).set(forward.parameter());
      return true;
    }
    return false;
  }

  /** True if {@code method}'s body releases its parameter {@code index} (varargs: the last one). */
  public boolean releases(MethodSymbol method, int index) {
    lookUp(method);
    return has(releases, method, index);
  }

  /** True if {@code method}'s body returns its parameter {@code index} ({@code configure(socket)}). */
  public boolean returns(MethodSymbol method, int index) {
    lookUp(method);
    return has(returns, method, index);
  }

  /**
   * True if {@code method}'s body keeps its parameter {@code index}: stores it into a field, passes it
   * to a constructor, or to a call that keeps it ({@code add}, {@code put}, {@code register} …).
   */
  public boolean stores(MethodSymbol method, int index) {
    lookUp(method);
    return has(stores, method, index);
  }

  /** The model's summary of {@code method}: what {@link #releases}, {@link #stores} and {@link #returns} say, and the own fields it keeps parameters in. */
  public ParameterSummary of(MethodSymbol method) {
    lookUp(method);
    ParameterSummary.Builder summary = new ParameterSummary.Builder();
    int count = method.getParameters().size();
    for (int i = 0; i < count; i++) {
      String field = ownFields.getOrDefault(method, Map.of()).get(i);
      if (field != null) {
        summary.keepsInOwnField(i, field);
      } else if (has(stores, method, i)) {
        summary.keeps(i);
      }
      if (has(releases, method, i)) {
        summary.closes(i);
      }
      if (has(returns, method, i)) {
        summary.returns(i);
      }
    }
    return summary.build();
  }

  private static boolean has(Map<MethodSymbol, BitSet> summaries, MethodSymbol method, int index) {
    BitSet bits = summaries.get(method);
    if (bits == null) {
      return false;
    }
    int last = method.getParameters().size() - 1;
    return bits.get(method.isVarArgs() ? Math.min(index, last) : index);
  }

  private void summarise(
      MethodSymbol symbol,
      MethodTree method,
      BiPredicate<String, MethodSymbol> isRelease,
      BiPredicate<String, MethodSymbol> releasesArguments,
      BiPredicate<String, MethodSymbol> storesArguments) {
    List<? extends VariableTree> parameters = method.getParameters();
    Map<Symbol, Integer> indexes = new HashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      indexes.put(ASTHelpers.getSymbol(parameters.get(i)), i);
    }
    BitSet released = new BitSet();
    BitSet stored = new BitSet();
    BitSet returned = new BitSet();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        MethodSymbol callee = ASTHelpers.getSymbol(call);
        if (callee != null) {
          String name = callee.getSimpleName().toString();
          Integer receiver = parameterIndex(ASTHelpers.getReceiver(call));
          if (receiver != null && isRelease.test(name, callee)) {
            released.set(receiver);
          }
          boolean releasing = releasesArguments.test(name, callee);
          boolean storing = storesArguments.test(name, callee);
          List<? extends ExpressionTree> arguments = call.getArguments();
          for (int a = 0; a < arguments.size(); a++) {
            Integer index = parameterIndex(arguments.get(a));
            if (index != null && releasing) {
              released.set(index);
            } else if (index != null && storing) {
              stored.set(index);
            } else if (index != null) {
              forwards.add(new Forward(symbol, index, callee, a));
            }
          }
        }
        return super.visitMethodInvocation(call, unused);
      }

      @Override
      public Void visitNewClass(NewClassTree creation, Void unused) {
        for (ExpressionTree argument : creation.getArguments()) {
          Integer index = parameterIndex(argument);
          if (index != null) {
            stored.set(index);
          }
        }
        return super.visitNewClass(creation, unused);
      }

      @Override
      public Void visitTry(TryTree tryTree, Void unused) {
        for (Tree resource : tryTree.getResources()) {
          Integer index = parameterIndex(resource instanceof VariableTree v ? v.getInitializer() : resource);
          if (index != null) {
            released.set(index);
          }
        }
        return super.visitTry(tryTree, unused);
      }

      @Override
      public Void visitReturn(ReturnTree tree, Void unused) {
        Integer index = parameterIndex(tree.getExpression());
        if (index != null) {
          returned.set(index);
        }
        return super.visitReturn(tree, unused);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return null; // a return in a lambda is the lambda's
      }

      @Override
      public Void visitAssignment(AssignmentTree assignment, Void unused) {
        Symbol target = ASTHelpers.getSymbol(assignment.getVariable());
        Integer index = parameterIndex(assignment.getExpression());
        if (index != null && target != null && target.getKind() == ElementKind.FIELD) {
          stored.set(index);
          if (isOwnField(assignment.getVariable(), target)) {
            ownFields.computeIfAbsent(symbol, m -> new HashMap<>()).putIfAbsent(index, target.getSimpleName().toString());
          }
        }
        return super.visitAssignment(assignment, unused);
      }

      /** {@code field = p} or {@code this.field = p}, for an instance field of the method's own class. */
      private boolean isOwnField(ExpressionTree variable, Symbol target) {
        boolean onThis =
            variable instanceof IdentifierTree
                || variable instanceof MemberSelectTree select
                    && select.getExpression() instanceof IdentifierTree self
                    && self.getName().contentEquals("this");
        return onThis && !symbol.isStatic() && !target.isStatic() && target.owner.equals(symbol.owner);
      }

      private Integer parameterIndex(Tree tree) {
        while (tree instanceof TypeCastTree cast) {
          tree = cast.getExpression();
        }
        if (tree instanceof IdentifierTree || tree instanceof MemberSelectTree) {
          return indexes.get(ASTHelpers.getSymbol(tree));
        }
        return null;
      }
    }.scan(method.getBody(), null);
    if (!released.isEmpty()) {
      releases.put(symbol, released);
    }
    if (!stored.isEmpty()) {
      stores.put(symbol, stored);
    }
    if (!returned.isEmpty()) {
      returns.put(symbol, returned);
    }
  }
}
