package io.github.leakproof.spotbugs.listener;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.visitclass.PreorderVisitor;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.ListenerCatalogue;
import io.github.leakproof.model.ListenerCatalogue.SourceKind;
import io.github.leakproof.model.ListenerMessages;
import io.github.leakproof.spotbugs.common.Classes;
import io.github.leakproof.spotbugs.common.LeakSuppression;
import io.github.leakproof.spotbugs.common.PluginOptions;
import io.github.leakproof.spotbugs.common.TypeNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInterfaceMethodref;
import org.apache.bcel.classfile.ConstantMethodref;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.InnerClass;
import org.apache.bcel.classfile.InnerClasses;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * {@code LEAK_LISTENER_NOT_REMOVED}: a listener that keeps its registering object alive, added to a
 * source that may outlive that object and never removed — the bytecode twin of the Error Prone check
 * {@code ListenerNotRemoved}, with the same two rules (docs/checks/ListenerNotRemoved.md):
 *
 * <ol>
 *   <li><b>Never removed</b> (on the registration call): the listener holds {@code this} — {@code this}
 *       itself, a lambda or method reference capturing it, an inner or anonymous class whose class file
 *       has a {@code this$0} field (javac leaves it out when the body does not use it), an object built
 *       around one, or a field given such a value; the source is static, a shared instance ({@code
 *       getInstance()}), a caller's parameter, or a field given one of those or injected; and no class
 *       of the program that could undo it — one of the registrant's file, or one that mentions the
 *       registrant — calls the paired removal on a related type ({@link ProgramRemovals}).
 *   <li><b>Handle dropped</b>: a registration returning its undo handle ({@code AutoCloseable}, {@code
 *       Subscription}, …) on such a source, whose result is popped, in a class with a lifecycle end.
 * </ol>
 *
 * <p>Not reported, as in Error Prone: registrations on sources that drop listeners by
 * themselves (a future, an OSGi bundle context), registrations
 * redone by {@code readObject}, and sources the same method tells that this object is their parent
 * ({@code axis.setPlot(this)}).
 *
 * <p>Registrations are gathered per method with the operand stack, and judged after all classes
 * ({@link #report()}), when every removal of the program is known. Static methods ({@code main},
 * static initialisers) have no {@code this} and are not looked at.
 */
public class ListenerNotRemovedDetector extends OpcodeStackDetector {
  private static final Check CHECK = Check.LISTENER_NOT_REMOVED;

  /** Marks a stack value made here that holds {@code this}: a capturing lambda, an inner instance. */
  private static final String HOLDS_THIS = "holds this";

  private final BugReporter bugReporter;
  private final PluginOptions options;
  private final ListenerCatalogue catalogue;
  private final TypeNames types = new TypeNames();
  private final ProgramRemovals removals;
  private final FieldValues fields = new FieldValues();
  private final List<Registration> registrations = new ArrayList<>();
  /** Sources (by {@link #sourceKey}) a method told that this object is their parent: parts of it. */
  private final Set<String> parents = new HashSet<>();
  private ClassDescriptor someAnalysedClass;
  private boolean marksTop;

  public ListenerNotRemovedDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    this.options = PluginOptions.current();
    this.catalogue = ListenerCatalogue.of(options.values());
    this.removals = new ProgramRemovals(catalogue, types);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    someAnalysedClass = classContext.getClassDescriptor();
    if (!options.isValid()) {
      return; // a bad option: one LEAK_INVALID_OPTION finding, and no others
    }
    JavaClass javaClass = classContext.getJavaClass();
    removals.see(javaClass);
    if (mentionsRegistrations(javaClass)) {
      super.visitClassContext(classContext); // most classes: no analysis at all
    }
  }

  @Override
  public boolean shouldVisitCode(Code code) {
    return !getMethod().isStatic(); // no this to keep alive
  }

  @Override
  public void sawOpcode(int seen) {
    marksTop = false;
    switch (seen) {
      case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESTATIC -> sawCall(seen);
      case Const.INVOKESPECIAL -> marksTop = isConstructorOfHolder();
      case Const.INVOKEDYNAMIC -> marksTop = anyHoldsThis(PreorderVisitor.getNumberArguments(getSigConstantOperand()));
      default -> {}
    }
  }

  @Override
  public void afterOpcode(int seen) {
    super.afterOpcode(seen);
    if (marksTop && stack.getStackDepth() > 0) {
      stack.getStackItem(0).setUserValue(HOLDS_THIS);
    }
  }

  private void sawCall(int seen) {
    String name = getNameConstantOperand();
    String removal = catalogue.removalFor(name);
    String signature = getSigConstantOperand();
    int arguments = PreorderVisitor.getNumberArguments(signature);
    if (removal == null && seen != Const.INVOKESTATIC && ListenerCatalogue.isParentSetter(name)
        && stack.getStackDepth() > arguments && passesThis(arguments)) {
      String source = sourceKey(stack.getStackItem(arguments));
      if (source != null) {
        parents.add(source);
      }
      return;
    }
    if (removal == null || arguments == 0 || stack.getStackDepth() < arguments + (seen == Const.INVOKESTATIC ? 0 : 1)) {
      return;
    }
    String sourceType = getDottedClassConstantOperand();
    List<String> sourceTypes = types.typeAndSupertypes(sourceType);
    if (ListenerCatalogue.isApplicationLifetime(name, sourceTypes)
        || ListenerCatalogue.releasesListenersItself(sourceTypes)
        || ListenerCatalogue.isDeserialisationHook(getMethodName())) {
      return;
    }
    SourceKind sourceKind = seen == Const.INVOKESTATIC ? SourceKind.SHARED : SourceKind.OWN;
    XField sourceField = null;
    String sourceKey = null;
    if (seen != Const.INVOKESTATIC) {
      OpcodeStack.Item source = stack.getStackItem(arguments);
      sourceKind = kindOf(source);
      sourceField = ownField(source);
      sourceKey = sourceKey(source);
    }
    boolean holdsThis = anyHoldsThis(arguments);
    XField listenerField = null;
    for (int i = 0; i < arguments && listenerField == null; i++) {
      listenerField = ownField(stack.getStackItem(i));
    }
    String handleType = null;
    Type result = Type.getReturnType(signature);
    if (result instanceof ObjectType object
        && ListenerCatalogue.isRegistrationHandle(types.typeAndSupertypes(object.getClassName()))) {
      handleType = TypeNames.simpleName(object.getClassName());
    }
    String registrant = getDottedClassName();
    registrations.add(
        new Registration(
            getXMethod(),
            SourceLineAnnotation.fromVisitedInstruction(getClassContext(), this, getPC()),
            registrant,
            topLevelOf(registrant),
            ProgramRemovals.sourceFileOf(getThisClass()),
            name,
            removal,
            sourceType,
            sourceKind,
            sourceField,
            holdsThis,
            listenerField,
            handleType,
            handleType != null && getNextOpcode() == Const.POP,
            sourceKey));
  }

  /** Where a source value was read from, within this method: a field, or a local or parameter. */
  private String sourceKey(OpcodeStack.Item source) {
    XField field = source.getXField();
    String where = field != null ? field.toString() : source.getRegisterNumber() > 0 ? "r" + source.getRegisterNumber() : null;
    return where == null ? null : getXMethod() + "|" + where;
  }

  /** Some argument is this object itself (as in {@code axis.setPlot(this)}). */
  private boolean passesThis(int arguments) {
    for (int i = 0; i < arguments; i++) {
      OpcodeStack.Item item = stack.getStackItem(i);
      if (item.getRegisterNumber() == 0 && item.getXField() == null && item.getReturnValueOf() == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Shared: static fields and enum constants, shared instances. The caller's: parameters of
   * constructors and non-private methods of classes other files can use. A field is judged after the
   * whole program is read ({@link FieldValues}).
   */
  private SourceKind kindOf(OpcodeStack.Item source) {
    XField field = source.getXField();
    if (field != null) {
      return field.isStatic() ? SourceKind.SHARED : SourceKind.OWN;
    }
    XMethod madeBy = source.getReturnValueOf();
    if (madeBy != null) {
      return madeBy.isStatic()
              && madeBy.getSignature().startsWith("()")
              && ListenerCatalogue.isSingletonAccessor(madeBy.getName())
          ? SourceKind.SHARED
          : SourceKind.OWN;
    }
    if (source.isInitialParameter() && source.getRegisterNumber() > 0) {
      return FieldValues.isCallersObject(getMethod(), getThisClass()) ? SourceKind.CALLERS : SourceKind.OWN;
    }
    return SourceKind.OWN;
  }

  /** An instance field of this object, or of an object around it (read through {@code this$0}). */
  private XField ownField(OpcodeStack.Item item) {
    XField field = item.getXField();
    if (field == null || field.isStatic() || field.getName().startsWith("this$")) {
      return null;
    }
    String owner = field.getClassName();
    String self = getDottedClassName();
    boolean own = item.getFieldLoadedFromRegister() == 0 && owner.equals(self)
        || self.startsWith(owner + "$");
    return own ? field : null;
  }

  private boolean anyHoldsThis(int arguments) {
    for (int i = 0; i < arguments && i < stack.getStackDepth(); i++) {
      if (holdsThis(stack.getStackItem(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean holdsThis(OpcodeStack.Item item) {
    if (HOLDS_THIS.equals(item.getUserValue())) {
      return true;
    }
    if (item.getRegisterNumber() == 0 && item.getXField() == null && item.getReturnValueOf() == null) {
      return true; // this (the method is not static)
    }
    XField field = item.getXField();
    return field != null && !field.isStatic() && field.getName().startsWith("this$"); // Outer.this
  }

  /** {@code new K(…)} where K keeps its outer instance, or K is not weak and is given something holding this. */
  private boolean isConstructorOfHolder() {
    if (!getNameConstantOperand().equals(Const.CONSTRUCTOR_NAME)) {
      return false;
    }
    String created = getDottedClassConstantOperand();
    if (ListenerCatalogue.isWeakWrapper(created)) {
      return false;
    }
    int arguments = PreorderVisitor.getNumberArguments(getSigConstantOperand());
    if (isSuperOrThisConstructorCall(arguments)) {
      return false;
    }
    if (isInnerClass(created)) {
      // Its first argument is the outer instance, passed even when the class does not keep it.
      return FieldValues.keepsOuterInstance(created) || anyHoldsThis(arguments - 1);
    }
    return anyHoldsThis(arguments);
  }

  /** A non-static nested, local or anonymous class, as this class's InnerClasses attribute says. */
  private boolean isInnerClass(String className) {
    JavaClass self = getThisClass();
    ConstantPool pool = self.getConstantPool();
    for (Attribute attribute : self.getAttributes()) {
      if (attribute instanceof InnerClasses table) {
        for (InnerClass inner : table.getInnerClasses()) {
          String name = pool.getConstantString(inner.getInnerClassIndex(), Const.CONSTANT_Class).replace('/', '.');
          if (name.equals(className)) {
            return (inner.getInnerAccessFlags() & Const.ACC_STATIC) == 0;
          }
        }
      }
    }
    return false;
  }

  /** The {@code super(…)}/{@code this(…)} call in a constructor: it makes no new object. */
  private boolean isSuperOrThisConstructorCall(int arguments) {
    return stack.getStackDepth() > arguments && stack.getStackItem(arguments).getRegisterNumber() == 0
        && getMethodName().equals(Const.CONSTRUCTOR_NAME);
  }

  // ---- After every class: judge each registration now that fields and removals are known.

  @Override
  public void report() {
    options.reportIfInvalid(this, bugReporter, someAnalysedClass);
    if (!options.isValid()) {
      return;
    }
    Set<String> reported = new HashSet<>();
    for (Registration registration : registrations) {
      if (!reported.add(registration.method() + ":" + registration.line().getStartLine() + ":" + registration.name())) {
        continue; // javac copies finally blocks: one finding per registration written
      }
      SourceKind source = registration.sourceKind();
      if (registration.sourceField() != null) {
        source = source.or(fields.receivedKind(registration.sourceField()));
      }
      if (parents.contains(registration.sourceKey())) {
        source = SourceKind.OWN; // told in the same method that this object is its parent
      }
      if (source == SourceKind.OWN || LeakSuppression.isSuppressedInMethod(CHECK, registration.method())) {
        continue;
      }
      if (registration.handleType() != null) {
        if (registration.handleDropped() && hasLifecycleEnd(registration.registrant())) {
          report(registration, ListenerMessages.handleDiscarded(registration.name(), registration.handleType()));
        }
        continue;
      }
      if (!hasRemoval(registration.sourceType(), registration.removal())) {
        continue; // not a listener pair: SelectableChannel.register(selector, ops, this)
      }
      if (isHeldBySource(registration.sourceType(), registration.registrant())) {
        continue; // a part listening to its whole, which keeps it in a field anyway
      }
      boolean holdsThis = registration.holdsThis()
          || registration.listenerField() != null && fields.holdsThis(registration.listenerField());
      if (holdsThis
          && ListenerCatalogue.reportsNeverRemoved(source, hasLifecycleEnd(registration.registrant()), options.values())
          && !removals.isRemoved(registration)) {
        report(registration,
            ListenerMessages.notRemoved(registration.name(), registration.removal(), displayName(registration.registrant())));
      }
    }
  }

  private void report(Registration registration, String message) {
    bugReporter.reportBug(
        new BugInstance(this, CHECK.bugType(), Priorities.NORMAL_PRIORITY)
            .addClassAndMethod(registration.method())
            .addString(message)
            .addSourceLine(registration.line()));
  }

  /**
   * True if the source's type or a supertype declares the removal, or the type is not on the class
   * path (then the name is trusted): a call named like a registration on a type that cannot undo it by
   * name is not a listener registration.
   */
  private boolean hasRemoval(String sourceType, String removal) {
    for (String type : types.typeAndSupertypes(sourceType)) {
      XClass xclass = Classes.lookUp(DescriptorFactory.createClassDescriptorFromDottedClassName(type));
      if (xclass == null) {
        return true;
      }
      for (XMethod method : xclass.getXMethods()) {
        if (method.getName().equals(removal)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True if the source's class (or a supertype) keeps an object like the registrant in an instance
   * field ({@link ListenerCatalogue#isHeldBySourceField}): the registration adds no reachability.
   */
  private boolean isHeldBySource(String sourceType, String registrant) {
    List<String> registrantTypes = types.typeAndSupertypes(registrant);
    for (String type : types.typeAndSupertypes(sourceType)) {
      XClass xclass = Classes.lookUp(DescriptorFactory.createClassDescriptorFromDottedClassName(type));
      if (xclass == null) {
        continue;
      }
      for (XField field : xclass.getXFields()) {
        if (!field.isStatic()
            && ListenerCatalogue.isHeldBySourceField(
                TypeNames.nameOf(Type.getType(field.getSignature())), registrantTypes)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The registrant, or a class around it, has a method that ends its life. */
  private static boolean hasLifecycleEnd(String registrant) {
    for (String cls = registrant; cls != null; cls = cls.contains("$") ? cls.substring(0, cls.lastIndexOf('$')) : null) {
      XClass xclass = Classes.lookUp(DescriptorFactory.createClassDescriptorFromDottedClassName(cls));
      if (xclass == null) {
        continue;
      }
      for (XMethod method : xclass.getXMethods()) {
        List<String> annotations = method.getAnnotationDescriptors().stream().map(ClassDescriptor::getDottedClassName).toList();
        if (ListenerCatalogue.isLifecycleEnd(method.getName(), annotations)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True if the constant pool names a method that registers a listener: the only classes analysed. */
  private boolean mentionsRegistrations(JavaClass javaClass) {
    ConstantPool pool = javaClass.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantMethodref || constant instanceof ConstantInterfaceMethodref) {
        String name = pool.getConstant(((ConstantCP) constant).getNameAndTypeIndex(), ConstantNameAndType.class).getName(pool);
        if (catalogue.removalFor(name) != null) {
          return true;
        }
      }
    }
    return false;
  }

  private static String topLevelOf(String className) {
    int dollar = className.indexOf('$');
    return dollar < 0 ? className : className.substring(0, dollar);
  }

  /** The simple name; an anonymous class ({@code Outer$1}) is named by the class it is written in. */
  private static String displayName(String className) {
    String named = className;
    while (named.matches(".*\\$\\d+")) {
      named = named.substring(0, named.lastIndexOf('$'));
    }
    return TypeNames.simpleName(named);
  }
}
