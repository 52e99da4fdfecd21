package io.github.leakproof.errorprone.listener;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import io.github.leakproof.errorprone.common.Members;
import io.github.leakproof.errorprone.common.AnyMatch;
import io.github.leakproof.errorprone.common.Calls;
import io.github.leakproof.errorprone.common.CompilationSources;
import io.github.leakproof.errorprone.common.FindingSuppression;
import io.github.leakproof.errorprone.common.LeakproofChecker;
import io.github.leakproof.errorprone.ownership.TypeNames;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.ListenerCatalogue;
import io.github.leakproof.model.ListenerCatalogue.SourceKind;
import io.github.leakproof.model.ListenerMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.lang.model.element.Modifier;

/**
 * A listener that keeps its registering object alive, added to a source that may outlive that object,
 * and never removed.
 *
 * <p>A source holds every registered listener until it is removed. When the listener is the object
 * itself, or an inner class, lambda or method reference that holds it, the object lives as long as
 * the source: a window, a view or a session registered on a static event source, a singleton or an
 * application-wide bus is never collected. Two rules, on each registration call ({@link
 * ListenerCatalogue#removalFor}: {@code add<Name>Listener}/…, {@code register}, {@code subscribe},
 * {@code addObserver}, JavaFX {@code addListener}, the user's {@code Leakproof:ListenerPairs}):
 *
 * <ol>
 *   <li><b>Never removed</b>: the listener holds {@code this} ({@link Capture}), the source may outlive
 *       the object ({@link SourceLifetime}), and nothing in the file calls the paired removal on a
 *       source of a related type (in {@code dispose()}, {@code close()}, a setter that swaps sources,
 *       a lambda handed back to undo it, the owner that drops the registrant), nor does the source's
 *       own class when another file of the compilation declares it (the panel that makes a handler
 *       and removes it).
 *   <li><b>Handle dropped</b>: a registration that returns its undo handle (an {@code AutoCloseable},
 *       {@code Subscription}, {@code Registration}, …) whose result is thrown away, on a source that
 *       may outlive the object, in a class that has a lifecycle end ({@code close}, {@code stop},
 *       {@code dispose}, {@code @PreDestroy}) where it should have been undone.
 * </ol>
 *
 * <p>Static code (static methods, {@code main}, static initialisers) has no {@code this} to keep alive
 * and is never reported; nor are application-lifetime registrations ({@code addShutdownHook}),
 * sources that drop listeners by themselves (a future when it completes, an OSGi bundle context when
 * its bundle stops), registrations redone
 * by {@code readObject} (the constructor's are judged), and sources the same method tells that this
 * object is their parent ({@code axis.setPlot(this)}).
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Listener never removed: the source keeps the registering object alive",
    severity = ERROR,
    linkType = CUSTOM,
    link = Check.DOCS_BASE + "ListenerNotRemoved.md")
public final class ListenerNotRemoved extends LeakproofChecker implements MethodInvocationTreeMatcher {
  private static final Check CHECK = Check.LISTENER_NOT_REMOVED;

  private final ListenerCatalogue catalogue;

  // Per compilation unit (Error Prone visits one at a time), gathered on the first registration.
  private CompilationUnitTree currentUnit;
  private UnitFacts facts;
  private TypeNames typeNames;

  /** For Error Prone's plugin discovery, which instantiates checks through the service loader. */
  public ListenerNotRemoved() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public ListenerNotRemoved(ErrorProneFlags flags) {
    super(flags);
    this.catalogue = ListenerCatalogue.of(options.values());
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree call, VisitorState state) {
    if (!options.isValid()) {
      return Description.NO_MATCH;
    }
    MethodSymbol registration = ASTHelpers.getSymbol(call);
    if (registration == null) {
      return Description.NO_MATCH;
    }
    String name = registration.getSimpleName().toString();
    String removal = catalogue.removalFor(name);
    if (removal == null || call.getArguments().isEmpty() || isInStaticCode(state.getPath())) {
      return Description.NO_MATCH; // cheap tests first: most calls stop here
    }
    unit(state);
    List<String> sourceTypes = typeNames.selfAndSupertypes(registration.owner.type);
    if (ListenerCatalogue.isApplicationLifetime(name, sourceTypes)
        || ListenerCatalogue.releasesListenersItself(sourceTypes)
        || isInDeserialisationHook(state.getPath())) {
      return Description.NO_MATCH;
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    SourceKind source = isToldItsParent(receiver, state)
        ? SourceKind.OWN
        : new SourceLifetime(facts).kindOf(registration, receiver, state.getPath());
    boolean mayOutlive = source != SourceKind.OWN;
    List<String> result = typeNames.selfAndSupertypes(registration.getReturnType());
    if (!result.isEmpty() && ListenerCatalogue.isRegistrationHandle(result)) {
      // Rule 2: undone through its handle, not by name.
      if (mayOutlive
          && state.getPath().getParentPath().getLeaf() instanceof ExpressionStatementTree
          && hasLifecycleEnd(state.getPath())) {
        report(call, ListenerMessages.handleDiscarded(name, simpleName(result.get(0))), state);
      }
      return Description.NO_MATCH;
    }
    // Rule 1.
    if (!ListenerCatalogue.reportsNeverRemoved(source, hasLifecycleEnd(state.getPath()), options.values())
        || !hasRemoval(registration, removal, state)
        || !anyHoldsThis(call.getArguments(), state)) {
      return Description.NO_MATCH;
    }
    ClassSymbol registrant = enclosingClass(state);
    if (registrant == null
        || isRemovedInThisFile(removal, registration, ASTHelpers.outermostClass(registrant), state)
        || isRemovedByTheSource(removal, receiver, registrant, state)
        || isHeldBySource(receiver, registrant, state)) {
      return Description.NO_MATCH;
    }
    report(call, ListenerMessages.notRemoved(name, removal, displayName(registrant)), state);
    return Description.NO_MATCH;
  }

  /**
   * True if the source's type (or a supertype) declares the removal: a call named like a registration
   * on a type that cannot undo it by name ({@code SelectableChannel.register(selector, ops, this)},
   * undone by cancelling its key) is not a listener registration.
   */
  private static boolean hasRemoval(MethodSymbol registration, String removal, VisitorState state) {
    if (!(registration.owner instanceof ClassSymbol owner)) {
      return true;
    }
    for (Type type : state.getTypes().closure(owner.type)) {
      for (Symbol member : Members.of(type.tsym)) {
        if (member instanceof MethodSymbol && member.getSimpleName().contentEquals(removal)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code readObject} redoes what the constructor registered: the constructor's registration is judged. */
  private static boolean isInDeserialisationHook(TreePath path) {
    MethodTree method = ASTHelpers.findEnclosingNode(path, MethodTree.class);
    return method != null && ListenerCatalogue.isDeserialisationHook(method.getName().toString());
  }

  /**
   * True if the same method hands {@code this} to the source as its parent ({@code
   * axis.setPlot(this)}, {@code plot.setChart(this)}): the source is a part of this object and holds it
   * anyway.
   */
  private static boolean isToldItsParent(ExpressionTree receiver, VisitorState state) {
    Symbol source = receiver == null ? null : ASTHelpers.getSymbol(receiver);
    MethodTree method = ASTHelpers.findEnclosingNode(state.getPath(), MethodTree.class);
    if (source == null || method == null || method.getBody() == null) {
      return false;
    }
    return Calls.any(method.getBody(), c -> isParentSetterOn(source, c));
  }

  /**
   * True if the source's class keeps an object like the registrant in a field of its own ({@code
   * RSyntaxTextArea.foldManager} and the fold manager listening to its text area): a part listening to
   * its whole, which holds it anyway; the two die together ({@link ListenerCatalogue#isHeldBySourceField}).
   */
  private boolean isHeldBySource(ExpressionTree receiver, ClassSymbol registrant, VisitorState state) {
    Type sourceType = receiver == null ? null : ASTHelpers.getType(receiver);
    if (sourceType == null || !(sourceType.tsym instanceof ClassSymbol)) {
      return false;
    }
    List<String> registrantTypes = typeNames.selfAndSupertypes(registrant.type);
    for (Type type : state.getTypes().closure(sourceType)) {
      for (Symbol member : Members.of(type.tsym)) {
        if (member instanceof VarSymbol field
            && !field.isStatic()
            && state.getTypes().erasure(field.type).tsym instanceof ClassSymbol fieldType
            && ListenerCatalogue.isHeldBySourceField(fieldType.flatName().toString(), registrantTypes)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code source.setX(…, this, …)}. */
  private static boolean isParentSetterOn(Symbol source, MethodInvocationTree call) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    return method != null
        && receiver != null
        && source.equals(ASTHelpers.getSymbol(receiver))
        && ListenerCatalogue.isParentSetter(method.getSimpleName().toString())
        && call.getArguments().stream().anyMatch(a -> Capture.isThis(ASTHelpers.stripParentheses(a)));
  }

  private boolean anyHoldsThis(List<? extends ExpressionTree> arguments, VisitorState state) {
    Capture capture = new Capture(facts, state);
    for (ExpressionTree argument : arguments) {
      if (capture.holdsThis(argument)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A call of {@code removal}, on a type related to the registration's, in the file: in the
   * registrant's top-level class, or in another class (the owner that undoes its children's
   * registrations) unless that call only removes its caller itself ({@code src.removeXListener(this)}).
   */
  private boolean isRemovedInThisFile(String removal, MethodSymbol registration, ClassSymbol topLevel, VisitorState state) {
    Types types = state.getTypes();
    Symbol.TypeSymbol addOwner = registration.owner.type.tsym;
    for (UnitFacts.Call call : facts.called()) {
      MethodSymbol called = call.method();
      if (called.getSimpleName().contentEquals(removal)
          && (call.topLevel() == topLevel || !call.ofItself())
          && (addOwner.isSubClass(called.owner, types) || called.owner.isSubClass(addOwner, types))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The source's class, compiled from another file of this same compilation, removes listeners of the
   * registrant's type itself: the owner that makes the listener ({@code new WheelHandler(this)}) and
   * undoes it ({@code removeMouseWheelListener(wheelHandler)}). Classes from class files are not read.
   */
  private static boolean isRemovedByTheSource(
      String removal, ExpressionTree receiver, ClassSymbol registrant, VisitorState state) {
    Type sourceType = receiver == null ? null : ASTHelpers.getType(receiver);
    if (sourceType == null
        || !(sourceType.tsym instanceof ClassSymbol source)
        || source == registrant) {
      return false;
    }
    Tree sourceClass = CompilationSources.classTree(source, state);
    if (sourceClass == null) {
      return false;
    }
    Types types = state.getTypes();
    Type listenerType = types.erasure(registrant.type);
    return new AnyMatch() {
      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        MethodSymbol called = ASTHelpers.getSymbol(call);
        if (called != null
            && called.getSimpleName().contentEquals(removal)
            && call.getArguments().stream().anyMatch(argument -> isOfType(argument, listenerType, types))) {
          return true;
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.matchesIn(sourceClass);
  }

  private static boolean isOfType(ExpressionTree argument, Type wanted, Types types) {
    Type type = ASTHelpers.getType(argument);
    return type != null && types.isSubtype(types.erasure(type), wanted);
  }

  /** The class of the registering code, or one around it, has a method that ends its life. */
  private static boolean hasLifecycleEnd(TreePath path) {
    for (Tree tree : path) {
      if (tree instanceof ClassTree type && ASTHelpers.getSymbol(type) instanceof ClassSymbol cls) {
        for (Symbol member : Members.of(cls)) {
          if (member instanceof MethodSymbol method && ListenerCatalogue.isLifecycleEnd(method.getSimpleName().toString(), annotationNames(method))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<String> annotationNames(Symbol symbol) {
    List<String> names = new ArrayList<>();
    for (Attribute.Compound annotation : symbol.getAnnotationMirrors()) {
      names.add(annotation.type.tsym.getQualifiedName().toString());
    }
    return names;
  }

  /**
   * Code that runs without a {@code this}: a static method (such as {@code main}), a static
   * initialiser or a static field's initialiser. Lambdas inside count as their enclosing code.
   */
  private static boolean isInStaticCode(TreePath path) {
    Tree previous = null;
    for (Tree tree : path) {
      if (tree instanceof MethodTree method) {
        return method.getModifiers().getFlags().contains(Modifier.STATIC);
      }
      if (tree instanceof ClassTree) {
        return previous instanceof BlockTree block && block.isStatic()
            || previous instanceof VariableTree field && field.getModifiers().getFlags().contains(Modifier.STATIC);
      }
      previous = tree;
    }
    return true;
  }

  private static ClassSymbol enclosingClass(VisitorState state) {
    ClassTree type = ASTHelpers.findEnclosingNode(state.getPath(), ClassTree.class);
    return type == null ? null : ASTHelpers.getSymbol(type);
  }

  /** An anonymous class is named by the class it is written in. */
  private static String displayName(ClassSymbol registrant) {
    ClassSymbol named = registrant;
    while (named != null && named.getSimpleName().isEmpty() && named.owner != null) {
      named = named.owner.enclClass();
    }
    return named == null ? "object" : named.getSimpleName().toString();
  }

  private static String simpleName(String binaryName) {
    return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
  }

  private void unit(VisitorState state) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    if (unit != currentUnit) {
      currentUnit = unit;
      facts = UnitFacts.of(unit);
      typeNames = new TypeNames(state.getTypes());
    }
  }

  private void report(MethodInvocationTree call, String message, VisitorState state) {
    if (FindingSuppression.isSuppressed(state.getPath(), CHECK, Set.of(), state)) {
      return;
    }
    state.reportMatch(finding(call, state).setMessage(message).build());
  }
}
