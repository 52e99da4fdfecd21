package io.github.leakproof.errorprone.executor;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.tree.JCTree;
import io.github.leakproof.errorprone.common.AnyMatch;
import io.github.leakproof.errorprone.common.Calls;
import io.github.leakproof.errorprone.ownership.OwnershipRules;
import io.github.leakproof.errorprone.ownership.OwnershipRules.Fate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Everything a compilation unit does with one thread-pool field: where it is given a new pool,
 * whether anything shuts it down (directly, through a local copy, a method reference or a helper), and
 * whether it escapes to code that might (returned, handed to an owner).
 */
final class PoolFields {
  /** A place where the field is given a new pool, with the method it happens in (null: initialiser). */
  record PoolAssignment(Tree tree, MethodTree method, TreePath path) {}

  private final VarSymbol field;
  private final OwnershipRules rules;
  private final List<PoolAssignment> assignments = new ArrayList<>();
  private final List<TreePath> releases = new ArrayList<>();
  private final Set<Symbol> aliases = new HashSet<>();
  private boolean escapes;

  private PoolFields(VarSymbol field, OwnershipRules rules) {
    this.field = field;
    this.rules = rules;
  }

  /** @param declaration the field's declaration, or null if it is not in this file */
  static PoolFields of(VarSymbol field, VariableTree declaration, OwnershipRules rules, VisitorState state) {
    PoolFields facts = new PoolFields(field, rules);
    if (declaration != null && facts.isNewPool(declaration.getInitializer())) {
      facts.assignments.add(new PoolAssignment(declaration, null, null));
    }
    facts.scan(new TreePath(state.getPath().getCompilationUnit()));
    return facts;
  }

  boolean isGivenAPool() {
    return !assignments.isEmpty();
  }

  boolean isReleased() {
    return !releases.isEmpty();
  }

  boolean escapes() {
    return escapes;
  }

  List<PoolAssignment> assignments() {
    return assignments;
  }

  /**
   * True if {@code assignment}'s method first looks at the field (a null check, an {@code
   * isShutdown()} test — anything before the assignment that mentions it in a condition), or itself
   * stops the field's pool, before or after the assignment.
   */
  boolean isGuardedOrPreceded(PoolAssignment assignment) {
    int at = ((JCTree) assignment.tree()).getStartPosition();
    for (TreePath release : releases) {
      // Stopped before (the old one) or after (the new one: run() { pool = …; try { … } finally {
      // pool.shutdown(); } }) in the same method: the method owns the pool for the length of the call.
      MethodTree releasing = enclosingMethod(release);
      if (releasing == assignment.method() || isPrivateHelperCalledBy(releasing, assignment.method())) {
        return true; // also restart() { cancelTimer(); timer = new …; } with a private cancelTimer()
      }
    }
    Boolean guarded =
        new AnyMatch() {
          @Override
          public Boolean visitIf(IfTree tree, Void unused) {
            return before(tree) && mentionsField(tree.getCondition()) || Boolean.TRUE.equals(super.visitIf(tree, unused));
          }

          @Override
          public Boolean visitWhileLoop(WhileLoopTree tree, Void unused) {
            return before(tree) && mentionsField(tree.getCondition())
                || Boolean.TRUE.equals(super.visitWhileLoop(tree, unused));
          }

          @Override
          public Boolean visitDoWhileLoop(DoWhileLoopTree tree, Void unused) {
            return mentionsField(tree.getCondition()) || Boolean.TRUE.equals(super.visitDoWhileLoop(tree, unused));
          }

          @Override
          public Boolean visitConditionalExpression(ConditionalExpressionTree tree, Void unused) {
            return before(tree) && mentionsField(tree.getCondition())
                || Boolean.TRUE.equals(super.visitConditionalExpression(tree, unused));
          }

          private boolean before(Tree tree) {
            return ((JCTree) tree).getStartPosition() < at;
          }
        }.scan(assignment.method(), null);
    return Boolean.TRUE.equals(guarded);
  }

  /** True if {@code helper} is a private method of the class that {@code caller} calls. */
  private static boolean isPrivateHelperCalledBy(MethodTree helper, MethodTree caller) {
    MethodSymbol symbol = helper == null ? null : ASTHelpers.getSymbol(helper);
    if (symbol == null || caller == null || !symbol.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    return Calls.any(caller, call -> symbol.equals(ASTHelpers.getSymbol(call)));
  }

  private boolean mentionsField(Tree tree) {
    Boolean found =
        new AnyMatch() {
          @Override
          public Boolean visitIdentifier(IdentifierTree tree, Void unused) {
            return isField(tree);
          }

          @Override
          public Boolean visitMemberSelect(MemberSelectTree tree, Void unused) {
            return isField(tree) || Boolean.TRUE.equals(super.visitMemberSelect(tree, unused));
          }
        }.scan(tree, null);
    return Boolean.TRUE.equals(found);
  }

  private boolean isField(Tree tree) {
    return field.equals(ASTHelpers.getSymbol(tree));
  }

  private void scan(TreePath unit) {
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        use(getCurrentPath());
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        use(getCurrentPath());
        return super.visitMemberSelect(tree, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        keptByOwnMethod(call, getCurrentPath());
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(unit, null);
  }

  /**
   * {@code init(pool)} on this object, where {@code init} keeps its parameter in this field ({@code
   * this.executor = executor}, the model's {@link io.github.leakproof.model.ParameterSummary}): the call
   * gives the field the new pool, as an assignment would.
   */
  private void keptByOwnMethod(MethodInvocationTree call, TreePath path) {
    MethodSymbol callee = ASTHelpers.getSymbol(call);
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    boolean onThis =
        receiver == null || receiver instanceof IdentifierTree self && self.getName().contentEquals("this");
    if (callee == null || !onThis || callee.isStatic() || !callee.owner.equals(field.owner)) {
      return;
    }
    var summary = rules.summaryOf(callee);
    List<? extends ExpressionTree> arguments = call.getArguments();
    for (int i = 0; i < arguments.size() && i < callee.getParameters().size(); i++) {
      if (field.getSimpleName().contentEquals(String.valueOf(summary.ownFieldOf(i)))
          && (isNewPool(arguments.get(i)) || holdsNewPool(arguments.get(i), enclosingMethod(path)))) {
        assignments.add(new PoolAssignment(call, enclosingMethod(path), path));
      }
    }
  }

  /** A local of {@code method} that is given a new pool there ({@code ExecutorService pool = newFixedThreadPool(n)}). */
  private boolean holdsNewPool(ExpressionTree argument, MethodTree method) {
    Symbol local = ASTHelpers.getSymbol(argument);
    if (method == null || local == null || local.getKind() != ElementKind.LOCAL_VARIABLE) {
      return false;
    }
    Boolean found =
        new AnyMatch() {
          @Override
          public Boolean visitVariable(VariableTree variable, Void unused) {
            return local.equals(ASTHelpers.getSymbol(variable)) && isNewPool(variable.getInitializer())
                || Boolean.TRUE.equals(super.visitVariable(variable, unused));
          }

          @Override
          public Boolean visitAssignment(AssignmentTree assignment, Void unused) {
            return local.equals(ASTHelpers.getSymbol(assignment.getVariable())) && isNewPool(assignment.getExpression())
                || Boolean.TRUE.equals(super.visitAssignment(assignment, unused));
          }
        }.scan(method.getBody(), null);
    return Boolean.TRUE.equals(found);
  }

  /** One mention of the field, or of a local copy of it, judged by where it stands. */
  private void use(TreePath path) {
    Symbol symbol = ASTHelpers.getSymbol(path.getLeaf());
    if (symbol == null || !(symbol.equals(field) || aliases.contains(symbol))) {
      return;
    }
    TreePath at = outermost(path);
    Tree parent = at.getParentPath().getLeaf();
    Tree self = at.getLeaf();
    switch (parent) {
      case MemberSelectTree select when select.getExpression() == self
          && at.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree -> {
        if (rules.releasesReceiver(select.getIdentifier().toString())) {
          releases.add(at);
        }
      }
      case MemberReferenceTree reference when reference.getQualifierExpression() == self -> {
        if (rules.releasesReceiver(reference.getName().toString())) {
          releases.add(at);
        }
      }
      case MethodInvocationTree call when call.getArguments().contains(self) -> {
        MethodSymbol callee = ASTHelpers.getSymbol(call);
        ExpressionTree receiver = ASTHelpers.getReceiver(call);
        Fate fate =
            callee == null
                ? Fate.HANDED_ON
                : rules.argumentFate(callee, call.getArguments().indexOf(self), receiver == null ? null : ASTHelpers.getType(receiver));
        if (fate == Fate.RELEASED) {
          releases.add(at);
        } else if (fate != Fate.BORROWED) {
          escapes = true;
        }
      }
      case NewClassTree creation when creation.getArguments().contains(self) -> {
        MethodSymbol constructor = ASTHelpers.getSymbol(creation);
        if (constructor == null || rules.constructorArgumentFate(constructor) != Fate.BORROWED) {
          escapes = true;
        }
      }
      case ReturnTree unusedReturn -> escapes = true;
      case AssignmentTree assignment when assignment.getVariable() == self -> {
        if (symbol.equals(field) && isNewPool(assignment.getExpression())) {
          assignments.add(new PoolAssignment(assignment, enclosingMethod(at), at));
        }
      }
      case AssignmentTree assignment when assignment.getExpression() == self -> copyTo(assignment.getVariable());
      case VariableTree variable when variable.getInitializer() == self -> copyTo(variable);
      default -> {}
    }
  }

  /** The expression around {@code path}'s leaf once parentheses and casts are left behind. */
  private static TreePath outermost(TreePath path) {
    TreePath at = path;
    while (at.getParentPath().getLeaf() instanceof ParenthesizedTree
        || at.getParentPath().getLeaf() instanceof TypeCastTree) {
      at = at.getParentPath();
    }
    return at;
  }

  /** {@code local = field}: uses of the local count as uses of the field; a copy in another field escapes. */
  private void copyTo(Tree target) {
    Symbol copy = ASTHelpers.getSymbol(target);
    if (copy != null && copy.getKind() == ElementKind.LOCAL_VARIABLE || copy != null && copy.getKind() == ElementKind.RESOURCE_VARIABLE) {
      aliases.add(copy);
      if (copy.getKind() == ElementKind.RESOURCE_VARIABLE) {
        escapes = true; // try (ExecutorService e = field) closes it
      }
    } else {
      escapes = true;
    }
  }

  private boolean isNewPool(ExpressionTree expression) {
    while (expression instanceof ParenthesizedTree || expression instanceof TypeCastTree) {
      expression = expression instanceof ParenthesizedTree p ? p.getExpression() : ((TypeCastTree) expression).getExpression();
    }
    if (expression instanceof ConditionalExpressionTree conditional) {
      return isNewPool(conditional.getTrueExpression()) || isNewPool(conditional.getFalseExpression());
    }
    if (expression instanceof IdentifierTree identifier
        && ASTHelpers.getSymbol(identifier) instanceof VarSymbol parameter
        && parameter.getKind() == ElementKind.PARAMETER
        && OwnershipRules.isOwning(parameter)
        && rules.isDeclaredMember(parameter.type)) {
      return true; // a pool the method takes over (@Owning): the field owns it from now on
    }
    if (expression instanceof NewClassTree creation) {
      MethodSymbol constructor = ASTHelpers.getSymbol(creation);
      return constructor != null && rules.acquiredByConstruction(constructor, creation.getArguments());
    }
    if (expression instanceof MethodInvocationTree call) {
      MethodSymbol method = ASTHelpers.getSymbol(call);
      if (method == null) {
        return false;
      }
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      if (rules.acquiredByCall(method, receiver == null ? null : ASTHelpers.getType(receiver), false)) {
        return true;
      }
      return !call.getArguments().isEmpty()
          && rules.argumentFate(method, 0, receiver == null ? null : ASTHelpers.getType(receiver)) == Fate.MOVED_TO_RESULT
          && isNewPool(call.getArguments().get(0));
    }
    return false;
  }

  private static MethodTree enclosingMethod(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree method) {
        return method;
      }
      if (p.getLeaf() instanceof com.sun.source.tree.ClassTree) {
        return null;
      }
    }
    return null;
  }
}
