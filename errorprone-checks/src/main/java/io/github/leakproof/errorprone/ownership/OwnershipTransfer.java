package io.github.leakproof.errorprone.ownership;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import io.github.leakproof.errorprone.ownership.OwnershipRules.Fate;
import io.github.leakproof.errorprone.ownership.PathOut.How;
import io.github.leakproof.model.ResourceCatalogue;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.errorprone.dataflow.analysis.ConditionalTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.ForwardTransferFunction;
import org.checkerframework.errorprone.dataflow.analysis.RegularTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.TransferInput;
import org.checkerframework.errorprone.dataflow.analysis.TransferResult;
import org.checkerframework.errorprone.dataflow.cfg.UnderlyingAST;
import org.checkerframework.errorprone.dataflow.cfg.block.Block;
import org.checkerframework.errorprone.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.errorprone.dataflow.cfg.node.AbstractNodeVisitor;
import org.checkerframework.errorprone.dataflow.cfg.node.ArrayCreationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.errorprone.dataflow.cfg.node.BinaryOperationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.BooleanLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ConditionalAndNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ConditionalNotNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ConditionalOrNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ThisNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ClassDeclarationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.EqualToNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MarkerNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ReturnNode;
import org.checkerframework.errorprone.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ThrowNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TypeCastNode;

/**
 * How each CFG node changes what is open. The heart of both {@code ResourceNotClosed} and the local
 * rule of {@code ExecutorNotShutDown}:
 *
 * <ul>
 *   <li>an acquiring {@code new} or call opens an obligation, held by its value;
 *   <li>locals hold what they are assigned; a cast or a wrapper ({@code new BufferedReader(r)}) carries
 *       it on;
 *   <li>a release call on a holder, or passing it to a releasing helper, discharges it;
 *   <li>returning it, storing it in a field or array, passing it to a storing call or an {@code
 *       @Owning} parameter, or capturing it in a lambda or class hands it on: no longer ours;
 *   <li>on the branch where a holder is {@code null}, there is nothing to release;
 *   <li>every way out of the method is recorded on what is still open: a {@code return}, a {@code
 *       throw}, and a call that declares a checked exception. Unchecked exceptions of ordinary calls
 *       are not followed: every call may throw one, and reporting them all would bury the real leaks.
 * </ul>
 */
final class OwnershipTransfer
    extends AbstractNodeVisitor<TransferResult<Held, ObligationStore>, TransferInput<Held, ObligationStore>>
    implements ForwardTransferFunction<Held, ObligationStore> {
  private final OwnershipRules rules;
  private final VisitorState state;
  private final CompilationUnitTree unit;
  private final Map<Tree, Set<Element>> captures = new HashMap<>();
  /** The nodes that acquire an obligation. */
  private final Set<Node> acquisitions = new LinkedHashSet<>();

  OwnershipTransfer(OwnershipRules rules, VisitorState state) {
    this.rules = rules;
    this.state = state;
    this.unit = state.getPath().getCompilationUnit();
  }

  /** The nodes that acquired an obligation on some path the analysis followed. */
  Set<Node> acquisitions() {
    return acquisitions;
  }

  @Override
  public ObligationStore initialStore(UnderlyingAST ast, List<LocalVariableNode> parameters) {
    return ObligationStore.empty();
  }

  @Override
  public TransferResult<Held, ObligationStore> visitNode(Node node, TransferInput<Held, ObligationStore> in) {
    return result(node, in, Held.NONE, in.getRegularStore().copy(), null);
  }

  /**
   * The end of a {@code finally} block's copy for the exceptional path, which the graph models as a
   * marker that throws {@code Throwable}: the exception that entered the block goes on from here with
   * whatever the block left open. Each obligation open here came in on an exceptional edge that
   * counts, and so already carries that way out (one made in the block itself carries none, and is
   * judged on the block's normal copy); an exception that does not count brought nothing in.
   */
  @Override
  public TransferResult<Held, ObligationStore> visitMarker(MarkerNode node, TransferInput<Held, ObligationStore> in) {
    if (!(node.getBlock() instanceof ExceptionBlock block) || block.getNode() != node) {
      return visitNode(node, in);
    }
    ObligationStore store = in.getRegularStore().copy();
    Map<TypeMirror, ObligationStore> rethrown = new HashMap<>();
    for (TypeMirror cause : block.getExceptionalSuccessors().keySet()) {
      rethrown.put(cause, store.copy());
    }
    return new RegularTransferResult<>(Held.NONE, store, rethrown);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitLocalVariable(
      LocalVariableNode node, TransferInput<Held, ObligationStore> in) {
    ObligationStore store = in.getRegularStore();
    Held value = store.heldBy(node.getElement());
    if (isBoolean(node)) {
      return booleanTest(node, node.getElement(), value, in);
    }
    return result(node, in, value, store.copy(), null);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitFieldAccess(
      FieldAccessNode node, TransferInput<Held, ObligationStore> in) {
    Element field = subject(node);
    if (field != null && isBoolean(node) && !node.isLValue()) {
      return booleanTest(node, field, Held.NONE, in);
    }
    return visitNode(node, in);
  }

  // a && b, a || b: the graph joins the operands' branches here, keeping "then" and "else" apart.
  @Override
  public TransferResult<Held, ObligationStore> visitConditionalAnd(
      ConditionalAndNode node, TransferInput<Held, ObligationStore> in) {
    return passBranches(node, in);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitConditionalOr(
      ConditionalOrNode node, TransferInput<Held, ObligationStore> in) {
    return passBranches(node, in);
  }

  private TransferResult<Held, ObligationStore> passBranches(Node node, TransferInput<Held, ObligationStore> in) {
    if (!in.containsTwoStores()) {
      return visitNode(node, in);
    }
    return new ConditionalTransferResult<>(Held.NONE, in.getThenStore().copy(), in.getElseStore().copy());
  }

  @Override
  public TransferResult<Held, ObligationStore> visitConditionalNot(
      ConditionalNotNode node, TransferInput<Held, ObligationStore> in) {
    if (!in.containsTwoStores()) {
      return visitNode(node, in);
    }
    return new ConditionalTransferResult<>(Held.NONE, in.getElseStore().copy(), in.getThenStore().copy());
  }

  @Override
  public TransferResult<Held, ObligationStore> visitTypeCast(TypeCastNode node, TransferInput<Held, ObligationStore> in) {
    return result(node, in, value(in, node.getOperand()), in.getRegularStore().copy(), null);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitTernaryExpression(
      TernaryExpressionNode node, TransferInput<Held, ObligationStore> in) {
    // Each branch assigns a synthetic local; what it holds after the join is what either branch gave.
    LocalVariableNode var = node.getTernaryExpressionVar();
    Held value = var != null
        ? in.getRegularStore().heldBy(var.getElement())
        : value(in, node.getThenOperand()).leastUpperBound(value(in, node.getElseOperand()));
    return result(node, in, value, in.getRegularStore().copy(), null);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitSwitchExpressionNode(
      SwitchExpressionNode node, TransferInput<Held, ObligationStore> in) {
    Held value = in.getRegularStore().heldBy(node.getSwitchExpressionVar().getElement());
    return result(node, in, value, in.getRegularStore().copy(), null);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitArrayCreation(
      ArrayCreationNode node, TransferInput<Held, ObligationStore> in) {
    Held value = Held.NONE;
    for (Node element : node.getInitializers()) {
      value = value.leastUpperBound(value(in, element));
    }
    return result(node, in, value, in.getRegularStore().copy(), null);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitAssignment(AssignmentNode node, TransferInput<Held, ObligationStore> in) {
    Held value = value(in, node.getExpression());
    ObligationStore store = in.getRegularStore().copy();
    Element subject = subject(node.getTarget());
    if (subject != null) {
      remember(store, subject, unwrap(node.getExpression()));
    }
    if (node.getTarget() instanceof LocalVariableNode local) {
      if (OwnershipRules.isClosedByLombok(local.getElement())) {
        store.release(value);
      }
      store.setLocal(local.getElement(), value);
    } else {
      store.handOn(value); // a field or array element keeps it
    }
    return result(node, in, value, store, null);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitReturn(ReturnNode node, TransferInput<Held, ObligationStore> in) {
    ObligationStore store = in.getRegularStore().copy();
    if (node.getResult() != null) {
      store.handOn(value(in, node.getResult()));
    }
    store.leaveBy(new PathOut(How.RETURN, "", line(node.getTree())));
    return result(node, in, Held.NONE, store, null);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitThrow(ThrowNode node, TransferInput<Held, ObligationStore> in) {
    ObligationStore store = in.getRegularStore().copy();
    store.handOn(value(in, node.getExpression()));
    return result(node, in, Held.NONE, store, new PathOut(How.THROW, "", line(node.getTree())));
  }

  @Override
  public TransferResult<Held, ObligationStore> visitMemberReference(
      FunctionalInterfaceNode node, TransferInput<Held, ObligationStore> in) {
    ObligationStore store = in.getRegularStore().copy();
    if (!onlyUsesItsReceiver(node.getTree())) {
      handOnCaptured(node.getTree(), store);
    }
    return result(node, in, Held.NONE, store, null);
  }

  /**
   * A bound reference to an instance method that does not release its receiver ({@code
   * jobs.forEach(pool::execute)}, {@code lines.forEach(out::println)}) only uses the receiver, which
   * stays this method's to release; one to a release ({@code pool::shutdown}) hands it on.
   */
  private boolean onlyUsesItsReceiver(Tree tree) {
    return tree instanceof MemberReferenceTree reference
        && reference.getMode() == MemberReferenceTree.ReferenceMode.INVOKE
        && ASTHelpers.getSymbol(reference) instanceof MethodSymbol method
        && !method.isStatic()
        && !(ASTHelpers.getSymbol(reference.getQualifierExpression()) instanceof Symbol.ClassSymbol)
        && !rules.releasesReceiver(method.getSimpleName().toString());
  }

  @Override
  public TransferResult<Held, ObligationStore> visitClassDeclaration(
      ClassDeclarationNode node, TransferInput<Held, ObligationStore> in) {
    ObligationStore store = in.getRegularStore().copy();
    handOnCaptured(node.getTree(), store);
    return result(node, in, Held.NONE, store, null);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitEqualTo(EqualToNode node, TransferInput<Held, ObligationStore> in) {
    return nullCheck(node, in, true);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitNotEqual(NotEqualNode node, TransferInput<Held, ObligationStore> in) {
    return nullCheck(node, in, false);
  }

  @Override
  public TransferResult<Held, ObligationStore> visitObjectCreation(
      ObjectCreationNode node, TransferInput<Held, ObligationStore> in) {
    ObligationStore store = in.getRegularStore().copy();
    MethodSymbol constructor = ASTHelpers.getSymbol(node.getTree());
    Held value = Held.NONE;
    Held carried = Held.NONE;
    if (constructor != null) {
      Fate fate = rules.constructorArgumentFate(constructor);
      for (Node argument : node.getArguments()) {
        Held passed = value(in, argument);
        if (fate == Fate.MOVED_TO_RESULT) {
          carried = carried.leastUpperBound(passed);
        } else if (fate != Fate.BORROWED) {
          store.handOn(passed);
        }
      }
      if (rules.acquiredByConstruction(constructor, node.getTree().getArguments())) {
        Obligation opened = new Obligation(node.getTree(), rules.kind(), simpleName(constructor.owner), false, null);
        store.acquire(opened, new PathOut(How.REACQUIRED, "", line(node.getTree())));
        acquisitions.add(node);
        value = Held.of(opened);
      }
      value = value.leastUpperBound(carried);
    }
    if (node.getTree().getClassBody() != null) {
      handOnCaptured(node.getTree().getClassBody(), store);
    }
    // If the constructor throws, what it acquires was never ours; a wrapper's argument counts as handed
    // over (try (Reader r = new InputStreamReader(new FileInputStream(f), UTF_8)) is fine).
    ObligationStore onThrow = store.copy();
    onThrow.release(value);
    return result(node, in, value, store, onThrow, callPath(node, constructor));
  }

  @Override
  public TransferResult<Held, ObligationStore> visitMethodInvocation(
      MethodInvocationNode node, TransferInput<Held, ObligationStore> in) {
    MethodAccessNode target = node.getTarget();
    if (!(target.getMethod() instanceof MethodSymbol method)) {
      return visitNode(node, in);
    }
    String name = method.getSimpleName().toString();
    Boolean nullWhen = ResourceCatalogue.nullWhen(method.owner.getQualifiedName().toString(), name);
    if (nullWhen != null && node.getArguments().size() == 1) {
      Element subject = subject(unwrap(node.getArguments().get(0)));
      if (subject != null) {
        return nullTest(node, subject, nullWhen, in); // if (Objects.nonNull(in)) in.close()
      }
    }
    ObligationStore store = in.getRegularStore().copy();
    Node receiverNode = target.isStatic() ? null : target.getReceiver();
    Held receiver = receiverNode == null ? Held.NONE : value(in, receiverNode);
    TypeMirror receiverType = receiverNode == null ? null : receiverNode.getType();
    boolean released = false;
    if (!receiver.isEmpty() && rules.releasesReceiver(name)) {
      store.release(receiver);
      released = true;
    }
    if (store.releasePaired(name)) {
      released = true;
    }
    if (!receiver.isEmpty() && rules.handsReceiverOn(method, receiverType)) {
      store.handOn(receiver); // channel.register(selector, ops): the selector keeps it
      released = true;
    }
    Held value = Held.NONE;
    Held moved = Held.NONE;
    List<Node> arguments = node.getArguments();
    for (int i = 0; i < arguments.size(); i++) {
      Held passed = value(in, arguments.get(i));
      if (passed.isEmpty()) {
        continue;
      }
      switch (rules.argumentFate(method, i, receiverType)) {
        case RELEASED -> {
          store.release(passed);
          released = true;
        }
        case HANDED_ON -> {
          store.handOn(passed);
          released = true;
        }
        case MOVED_TO_RESULT -> {
          value = value.leastUpperBound(passed);
          moved = moved.leastUpperBound(passed);
        }
        case BORROWED -> {}
      }
    }
    Held acquired = Held.NONE;
    if (rules.acquiredByCall(method, receiverType, !receiver.isEmpty() || isTryWithResourcesVariable(receiverNode))) {
      Obligation opened =
          new Obligation(
              node.getTree(),
              rules.kind(),
              describe(method),
              rules.isDependent(method, receiverType) || rules.isClosedWithItsParent(method),
              ResourceCatalogue.pairedRelease(name));
      store.acquire(opened, new PathOut(How.REACQUIRED, "", line(node.getTree())));
      acquisitions.add(node);
      acquired = Held.of(opened);
      value = value.leastUpperBound(acquired);
    } else if (!receiver.isEmpty()
        && (rules.isDependent(method, receiverType) || rules.leadsBackToReceiver(method, receiverType))) {
      value = value.leastUpperBound(Held.derivedFrom(receiver)); // statement.executeQuery(): closed with it
    } else if (!receiver.isEmpty() && rules.mayReturnReceiver(method, receiverType)) {
      value = value.leastUpperBound(receiver); // channel.position(0), writer.append(x): return this
    }
    Boolean closedWhen = receiver.isEmpty() ? null : ResourceCatalogue.closedWhen(name);
    if (closedWhen != null && arguments.isEmpty()) {
      // if (!socket.isClosed()) socket.close(): on the branch where it says so, it is closed already.
      ObligationStore closed = store.copy();
      closed.release(receiver);
      Map<TypeMirror, ObligationStore> exceptional = exceptionalStores(node, store, callPath(node, method));
      if (exceptional == null) {
        exceptional = Map.of();
      }
      return closedWhen
          ? new ConditionalTransferResult<>(value, closed, store, exceptional)
          : new ConditionalTransferResult<>(value, store, closed, exceptional);
    }
    ObligationStore onThrow = store.copy();
    onThrow.release(acquired);
    onThrow.release(moved); // like a wrapper's constructor: if the wrapping call throws, it counts as handed over
    if (!receiver.isEmpty() && rules.closesReceiverOnFailure(method, receiverType)) {
      onThrow.release(receiver); // socket.connect(address): a failed connect closes the socket itself
    }
    if (released || rules.releasesReceiver(name)) {
      // close() declares IOException: if it throws, what it closes is as closed as it will get, and
      // a failing close of one resource in a cleanup sequence is not counted against the others.
      return result(node, in, value, store, onThrow, null);
    }
    if (!receiver.isEmpty() && rules.cannotFailWhileOpen(method, receiverType)) {
      return result(node, in, value, store, onThrow, null); // socket.setSoTimeout(ms) on the socket held open
    }
    return result(node, in, value, store, onThrow, callPath(node, method));
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private TransferResult<Held, ObligationStore> nullCheck(
      BinaryOperationNode node, TransferInput<Held, ObligationStore> in, boolean equal) {
    Element subject = nullComparedSubject(node);
    if (subject == null) {
      return visitNode(node, in);
    }
    return nullTest(node, subject, equal, in);
  }

  /**
   * A test whose outcome {@code true} means {@code subject} is {@code null} ({@code trueMeansNull}) or
   * that it is not: on the branch where it is null, it holds nothing to release.
   */
  private TransferResult<Held, ObligationStore> nullTest(
      Node node, Element subject, boolean trueMeansNull, TransferInput<Held, ObligationStore> in) {
    ObligationStore nonNull = in.getRegularStore().copy();
    ObligationStore isNull = in.getRegularStore().copy();
    isNull.assumeNull(subject);
    isNull.assume(new Fact(subject, true), true);
    nonNull.assume(new Fact(subject, true), false);
    Map<TypeMirror, ObligationStore> exceptional = exceptionalStores(node, nonNull, null);
    ObligationStore whenTrue = trueMeansNull ? isNull : nonNull;
    ObligationStore whenFalse = trueMeansNull ? nonNull : isNull;
    return exceptional == null
        ? new ConditionalTransferResult<>(Held.NONE, whenTrue, whenFalse)
        : new ConditionalTransferResult<>(Held.NONE, whenTrue, whenFalse, exceptional);
  }

  private static Element nullComparedSubject(BinaryOperationNode node) {
    Node left = unwrap(node.getLeftOperand());
    Node right = unwrap(node.getRightOperand());
    if (left instanceof NullLiteralNode) {
      return subject(right);
    }
    if (right instanceof NullLiteralNode) {
      return subject(left);
    }
    return null;
  }

  /** A boolean local or field used as a condition: each branch remembers its value. */
  private TransferResult<Held, ObligationStore> booleanTest(
      Node node, Element subject, Held value, TransferInput<Held, ObligationStore> in) {
    ObligationStore whenTrue = in.getRegularStore().copy();
    ObligationStore whenFalse = in.getRegularStore().copy();
    whenTrue.assume(new Fact(subject, false), true);
    whenFalse.assume(new Fact(subject, false), false);
    Map<TypeMirror, ObligationStore> exceptional = exceptionalStores(node, whenTrue, null);
    return exceptional == null
        ? new ConditionalTransferResult<>(value, whenTrue, whenFalse)
        : new ConditionalTransferResult<>(value, whenTrue, whenFalse, exceptional);
  }

  /** After {@code subject = expression}: what is known about the subject now. */
  private static void remember(ObligationStore store, Element subject, Node expression) {
    if (expression instanceof BooleanLiteralNode literal) {
      store.set(new Fact(subject, false), literal.getValue());
    } else if (expression instanceof NullLiteralNode) {
      store.set(new Fact(subject, true), true);
    } else if (expression instanceof ObjectCreationNode) {
      store.set(new Fact(subject, true), false);
    } else {
      store.forget(subject);
    }
  }

  /** The local, or field of this object (or static field), a node reads or writes; else null. */
  private static Element subject(Node node) {
    if (node instanceof LocalVariableNode local) {
      return local.getElement();
    }
    if (node instanceof FieldAccessNode field
        && (field.isStatic() || field.getReceiver() instanceof ThisNode)) {
      return field.getElement();
    }
    return null;
  }

  private static boolean isBoolean(Node node) {
    return node.getType().getKind() == javax.lang.model.type.TypeKind.BOOLEAN
        || node.getType().toString().equals("java.lang.Boolean");
  }

  private static Node unwrap(Node node) {
    while (node instanceof TypeCastNode cast) {
      node = cast.getOperand();
    }
    return node;
  }

  private TransferResult<Held, ObligationStore> result(
      Node node, TransferInput<Held, ObligationStore> in, Held value, ObligationStore store, PathOut throwPath) {
    return result(node, in, value, store, in.getRegularStore(), throwPath);
  }

  /**
   * The result of a node: {@code store} on the normal edge; on each exceptional edge, {@code onThrow}
   * marked with {@code throwPath} when that exception counts, or nothing at all when it does not.
   */
  private TransferResult<Held, ObligationStore> result(
      Node node,
      TransferInput<Held, ObligationStore> in,
      Held value,
      ObligationStore store,
      ObligationStore onThrow,
      PathOut throwPath) {
    Map<TypeMirror, ObligationStore> exceptional = exceptionalStores(node, onThrow, throwPath);
    return exceptional == null
        ? new RegularTransferResult<>(value, store)
        : new RegularTransferResult<>(value, store, exceptional);
  }

  /**
   * The stores on a node's exceptional edges: {@code onThrow} marked with {@code throwPath} where that
   * exception counts, an empty store (nothing followed) where it does not; null if the node cannot
   * throw.
   */
  private Map<TypeMirror, ObligationStore> exceptionalStores(Node node, ObligationStore onThrow, PathOut throwPath) {
    Block block = node.getBlock();
    if (!(block instanceof ExceptionBlock exceptionBlock) || exceptionBlock.getNode() != node) {
      return null;
    }
    Map<TypeMirror, ObligationStore> exceptional = new HashMap<>();
    for (TypeMirror cause : exceptionBlock.getExceptionalSuccessors().keySet()) {
      if (throwPath != null && (throwPath.how() == How.THROW || isChecked(cause))) {
        ObligationStore thrown = onThrow.copy();
        thrown.leaveBy(throwPath);
        thrown.thrown();
        exceptional.put(cause, thrown);
      } else {
        exceptional.put(cause, ObligationStore.empty());
      }
    }
    return exceptional;
  }

  private PathOut callPath(Node node, MethodSymbol method) {
    if (method == null) {
      return null;
    }
    String call = method.getSimpleName().contentEquals("<init>")
        ? "new " + simpleName(method.owner) + "(…)"
        : method.getSimpleName() + "()";
    return new PathOut(How.CALL_THROWS, call, line(node.getTree()));
  }

  private boolean isChecked(TypeMirror cause) {
    return ASTHelpers.isCheckedExceptionType((Type) cause, state);
  }

  private void handOnCaptured(Tree body, ObligationStore store) {
    for (Element local : captures.computeIfAbsent(body, OwnershipTransfer::capturedLocals)) {
      store.handOn(store.heldBy(local));
    }
  }

  /**
   * A try-with-resources variable: closed when its {@code try} ends, and only in scope inside it, so a child
   * made from it ({@code session.createChannel()}) is closed with it, whoever opened it.
   */
  private static boolean isTryWithResourcesVariable(Node receiver) {
    return receiver instanceof LocalVariableNode local
        && local.getElement().getKind() == ElementKind.RESOURCE_VARIABLE;
  }

  /** The locals of the enclosing method that a lambda, method reference or class body uses. */
  private static Set<Element> capturedLocals(Tree body) {
    Set<Element> used = new LinkedHashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        Symbol symbol = ASTHelpers.getSymbol(identifier);
        if (symbol != null && isLocal(symbol.getKind())) {
          used.add(symbol);
        }
        return null;
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree reference, Void unused) {
        return scan(reference.getQualifierExpression(), null);
      }
    }.scan(body instanceof LambdaExpressionTree lambda ? lambda.getBody() : body, null);
    return used;
  }

  private static boolean isLocal(ElementKind kind) {
    return kind == ElementKind.LOCAL_VARIABLE
        || kind == ElementKind.RESOURCE_VARIABLE
        || kind == ElementKind.PARAMETER
        || kind == ElementKind.EXCEPTION_PARAMETER
        || kind == ElementKind.BINDING_VARIABLE;
  }

  private static Held value(TransferInput<Held, ObligationStore> in, Node node) {
    if (node.isLValue()) {
      // The analysis keeps no values for assignment targets (try-with-resources' desugared close
      // calls use one as receiver): what a local holds is in the store.
      return node instanceof LocalVariableNode local
          ? in.getRegularStore().heldBy(local.getElement())
          : Held.NONE;
    }
    Held held = in.getValueOfSubNode(node);
    return held == null ? Held.NONE : held;
  }

  private String describe(MethodSymbol method) {
    return "the " + simpleName(method.getReturnType().tsym) + " from " + simpleName(method.owner) + "."
        + method.getSimpleName() + "()";
  }

  private static String simpleName(Symbol symbol) {
    return symbol == null ? "resource" : symbol.getSimpleName().toString();
  }

  private int line(Tree tree) {
    if (!(tree instanceof JCTree jc) || unit.getLineMap() == null || jc.getStartPosition() < 0) {
      return 0;
    }
    return (int) unit.getLineMap().getLineNumber(jc.getStartPosition());
  }
}
