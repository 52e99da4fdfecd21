package io.github.leakproof.errorprone.innerclass;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import io.github.leakproof.errorprone.common.AnyMatch;
import io.github.leakproof.model.CaptureSinkCatalogue;

/**
 * Whether the file's top-level class undoes a store: sets the static field back to {@code null}, or
 * takes an entry out of a receiver of the same type ({@code Registry.getInstance().remove(key)}) — the
 * pairing {@code ListenerNotRemoved} applies to listeners. The class is then taken to release its
 * enclosing instance when it is done with it.
 */
final class Removals {
  private Removals() {}

  /** True if the top-level class sets {@code field} to {@code null} somewhere. */
  static boolean clearsField(Symbol field, VisitorState state) {
    return any(state, tree -> tree instanceof AssignmentTree assignment
        && field.equals(ASTHelpers.getSymbol(assignment.getVariable()))
        && isNull(assignment.getExpression()));
  }

  /** True if the top-level class calls a removal on a receiver of {@code receiverType}'s class. */
  static boolean removesFrom(Type receiverType, VisitorState state) {
    Type erased = state.getTypes().erasure(receiverType);
    return any(state, tree -> {
      if (!(tree instanceof MethodInvocationTree call)) {
        return false;
      }
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      Type type = receiver == null ? null : ASTHelpers.getType(receiver);
      Symbol method = ASTHelpers.getSymbol(call);
      return type != null && method != null
          && state.getTypes().isSameType(state.getTypes().erasure(type), erased)
          && CaptureSinkCatalogue.isRemoval(
              method.getSimpleName().toString(),
              call.getArguments().size() == 1 && isNull(call.getArguments().get(0)));
    });
  }

  private static boolean isNull(ExpressionTree expression) {
    return Capture.stripped(expression).getKind() == Tree.Kind.NULL_LITERAL;
  }

  private static boolean any(VisitorState state, java.util.function.Predicate<Tree> test) {
    ClassTree top = null;
    for (TreePath path = state.getPath(); path != null; path = path.getParentPath()) {
      if (path.getLeaf() instanceof ClassTree type) {
        top = type;
      }
    }
    if (top == null) {
      return false;
    }
    Boolean found = new AnyMatch() {
      @Override
      public Boolean scan(Tree tree, Void unused) {
        if (tree != null && test.test(tree)) {
          return true;
        }
        return super.scan(tree, null);
      }
    }.scan(top, null);
    return Boolean.TRUE.equals(found);
  }
}
